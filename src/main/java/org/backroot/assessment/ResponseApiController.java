package org.backroot.assessment;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answering questionnaires through the API: {@code POST/GET /api/v1/responses}. */
@RestController
class ResponseApiController {

    record SubmitRequest(String instrumentId, Map<String, Object> answers) {
    }

    record ResponseView(String id, String instrumentId, int instrumentVersion, Instant completedAt, Double score, String band,
                        boolean complete, Map<String, Double> subscores, Map<String, Object> answers) {
        static ResponseView of(StoredResponse r) {
            return new ResponseView(r.id(), r.instrumentId(), r.instrumentVersion(), r.completedAt(), r.score(), r.band(),
                    r.complete(), r.subscores(), r.answers());
        }
    }

    private final AssessmentService assessments;

    ResponseApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/api/v1/responses")
    ResponseEntity<ResponseView> submit(@AuthenticationPrincipal CurrentUser user, @RequestBody SubmitRequest request) {
        StoredResponse stored = assessments.submit(user.id(), request.instrumentId(), request.answers());
        return ResponseEntity.created(URI.create("/api/v1/responses/" + stored.id())).body(ResponseView.of(stored));
    }

    @GetMapping("/api/v1/responses")
    List<ResponseView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String instrumentId) {
        return assessments.responses(user.id(), instrumentId).stream().map(ResponseView::of).toList();
    }

    @GetMapping("/api/v1/responses/{id}")
    ResponseView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return ResponseView.of(assessments.response(user.id(), id));
    }
}
