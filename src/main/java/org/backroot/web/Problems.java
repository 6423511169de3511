package org.backroot.web;

import java.util.List;
import java.util.Map;

import org.backroot.web.domain.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the API's {@code application/problem+json} answers in one shape everywhere. */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<Object> of(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail(status, title, detail));
    }

    public static ResponseEntity<Object> invalid(List<FieldError> errors) {
        return invalid(HttpStatus.BAD_REQUEST, errors);
    }

    /** A refusal with another 4xx status (415, 414, ...) that still names what was wrong. */
    static ResponseEntity<Object> invalid(HttpStatus status, List<FieldError> errors) {
        ProblemDetail problem = detail(status, status == HttpStatus.BAD_REQUEST ? "Invalid input" : status.getReasonPhrase(),
                errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                        : errors.size() + " fields are invalid; see errors");
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail detail(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
