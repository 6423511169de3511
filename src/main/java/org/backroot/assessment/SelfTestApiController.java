package org.backroot.assessment;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Home self-test results through the API: {@code POST/GET /api/v1/self-tests}. */
@RestController
class SelfTestApiController {

    record SelfTestView(String id, LocalDate takenOn, Instant recordedAt, Map<String, Object> measurements,
                        List<StoredSelfTest.FindingView> findings) {
        static SelfTestView of(StoredSelfTest t) {
            return new SelfTestView(t.id(), t.takenOn(), t.recordedAt(), t.measurements(), t.findings());
        }
    }

    private final SelfTestService selfTests;

    SelfTestApiController(SelfTestService selfTests) {
        this.selfTests = selfTests;
    }

    @PostMapping("/api/v1/self-tests")
    ResponseEntity<SelfTestView> record(@AuthenticationPrincipal CurrentUser user, @RequestBody Map<String, Object> body) {
        StoredSelfTest stored = selfTests.record(user.id(), body);
        return ResponseEntity.created(URI.create("/api/v1/self-tests/" + stored.id())).body(SelfTestView.of(stored));
    }

    @GetMapping("/api/v1/self-tests")
    List<SelfTestView> history(@AuthenticationPrincipal CurrentUser user) {
        return selfTests.history(user.id()).stream().map(SelfTestView::of).toList();
    }
}
