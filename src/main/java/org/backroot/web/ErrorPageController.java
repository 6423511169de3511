package org.backroot.web;

import java.util.List;
import java.util.stream.Collectors;

import org.backroot.web.domain.FieldError;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors that never reached a controller (unknown path, wrong method, a failure in a filter):
 * problem+json for the API and for non-browser clients, a calm page for people. Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("notFound", status == HttpStatus.NOT_FOUND);
        model.addAttribute("clientError", status.is4xxClientError() && status != HttpStatus.NOT_FOUND);
        List<FieldError> errors = BadRequests.recalled(request);
        if (!errors.isEmpty()) {
            model.addAttribute("message", errors.stream().map(e -> e.field() + " " + e.message() + ".").collect(Collectors.joining(" ")));
        }
        return isApi(request) ? "forward:/error/json" : "error";
    }

    @RequestMapping("/error")
    ResponseEntity<Object> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        List<FieldError> errors = BadRequests.recalled(request);
        if (!errors.isEmpty()) return Problems.invalid(status, errors);
        return Problems.of(status, status.getReasonPhrase(), describe(status));
    }

    @RequestMapping("/error/json")
    ResponseEntity<Object> forwardedJson(HttpServletRequest request) {
        return json(request);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && BadRequests.isApi(uri.toString());
    }

    private static String describe(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case URI_TOO_LONG -> "The address is too long; send long input in the body.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large.";
            case UNAUTHORIZED -> "Sign in, or send Authorization: Bearer <token>.";
            case FORBIDDEN -> "You do not have access to this.";
            default -> status.is4xxClientError() ? "The request could not be processed." : "Something went wrong on our side.";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
