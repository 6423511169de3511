package org.backroot.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.backroot.account.CurrentUser;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts a notice at the top of every page the demo account sees, saying the data is simulated. Runs inside
 * the security filter chain (default filter order), so it knows who is signed in; other people's pages and
 * every non-HTML response pass through untouched. Kept here so that no page template has to know about the demo.
 */
@Component
@Conditional(DemoMode.class)
class DemoNoticeFilter extends OncePerRequestFilter {

    static final String NOTICE = "<p class=\"notice\" role=\"note\" data-demo-notice><strong>Demo account.</strong> Everything here is "
            + "simulated: six months of an invented person's check-ins, tests and practice, made up to show what Backroot does. "
            + "It is not anyone's real data.</p>";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !demoSignedIn()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == 200 && type != null && type.startsWith("text/html")) {
            String html = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
            String marked = withNotice(html);
            if (!marked.equals(html)) {
                wrapper.resetBuffer();
                wrapper.getOutputStream().write(marked.getBytes(StandardCharsets.UTF_8));
            }
        }
        wrapper.copyBodyToResponse();
    }

    /** The page with the notice as the first thing inside {@code <main>}; unchanged when there is no main. */
    static String withNotice(String html) {
        int main = html.indexOf("<main");
        if (main < 0) return html;
        int end = html.indexOf('>', main);
        if (end < 0) return html;
        return html.substring(0, end + 1) + NOTICE + html.substring(end + 1);
    }

    private static boolean demoSignedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user && DemoSeeder.EMAIL.equals(user.email());
    }
}
