package org.backroot.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.TextInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first filter every request meets, before sign-in: refuses bodies Backroot never accepts (multipart,
 * 415), parameters that are not valid UTF-8 and parameters with control characters (400 naming the
 * parameter). Refusals go through the error page, so the API answers problem+json and pages the calm page.
 */
@Component
@Order(RequestGuardFilter.ORDER)
class RequestGuardFilter extends OncePerRequestFilter {

    /** Right after Spring Boot's character-encoding filter (parameters must be read as UTF-8), before sessions and sign-in. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    /** A percent-encoded C0 control, DEL, or (as UTF-8) C1 control in the raw path. */
    private static final Pattern CONTROL_IN_PATH = Pattern.compile("%([01][0-9a-fA-F]|7[fF]|[cC]2%[89][0-9a-fA-F])");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    List.of(new FieldError("Content-Type", "multipart bodies are not accepted; send application/json to the API or a plain form")));
            return;
        }
        if (CONTROL_IN_PATH.matcher(request.getRequestURI()).find()) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, List.of(new FieldError("path", TextInput.MESSAGE)));
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            // Tomcat refuses parameters that are not valid UTF-8 (or too many of them) while parsing.
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    List.of(new FieldError("parameters", "could not be read; send them as UTF-8 text, percent-encoded")));
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        parameters.forEach((name, values) -> {
            String shown = TextInput.isClean(name) ? name : "(parameter name)";
            if (!TextInput.isClean(name)) errors.add(new FieldError(shown, TextInput.MESSAGE));
            else for (String value : values) {
                if (!TextInput.isClean(value)) {
                    errors.add(new FieldError(shown, TextInput.MESSAGE));
                    break;
                }
            }
        });
        if (!errors.isEmpty()) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, errors);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, List<FieldError> errors) throws IOException {
        BadRequests.remember(request, errors);
        response.sendError(status);
    }
}
