package org.backroot.web;

import java.util.List;

import org.backroot.web.domain.FieldError;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What was wrong with a request refused before any controller saw it, kept on the request so the error
 * page (or the problem+json body) can name the field. Only messages written here are ever shown.
 */
final class BadRequests {

    static final String ERRORS = BadRequests.class.getName() + ".errors";

    private BadRequests() {
    }

    static void remember(HttpServletRequest request, List<FieldError> errors) {
        request.setAttribute(ERRORS, List.copyOf(errors));
    }

    @SuppressWarnings("unchecked")
    static List<FieldError> recalled(HttpServletRequest request) {
        Object errors = request.getAttribute(ERRORS);
        return errors instanceof List<?> list ? (List<FieldError>) list : List.of();
    }

    static boolean isApi(String uri) {
        return uri != null && (uri.startsWith("/api/") || uri.equals("/api"));
    }
}
