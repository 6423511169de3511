package org.backroot.web;

import java.util.ArrayList;
import java.util.List;

import org.backroot.shared.ConflictException;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Turns every failure of a JSON API call into {@code application/problem+json}: 400 with the bad
 * fields named, 404, 409, and a bare 500 without internals for anything unexpected.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Object> invalid(ValidationException e) {
        return Problems.invalid(e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, e.title(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldError(e.getName(), "has an invalid value; expected " + expected(e.getRequiredType()))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure in an API call", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Something went wrong on our side; nothing you sent was saved unless it was acknowledged.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), String.valueOf(f.getDefaultMessage()))));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), String.valueOf(g.getDefaultMessage()))));
        return Problems.invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        JacksonException jackson = findCause(e, JacksonException.class);
        String field = jackson == null ? null : fieldPath(jackson);
        if (field == null || field.isEmpty()) {
            return Problems.invalid(List.of(new FieldError("body", "must be a well-formed JSON object")));
        }
        return Problems.invalid(List.of(new FieldError(field, "has the wrong type or format; see the API documentation for what is expected")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return Problems.invalid(List.of(new FieldError(name, "has an invalid value; expected " + expected(e.getRequiredType()))));
    }

    private static String expected(Class<?> type) {
        if (type == null) return "a valid value";
        if (type == java.time.LocalDate.class) return "a date like 2026-01-31";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "a number";
        return "a valid " + type.getSimpleName();
    }

    static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
