package org.backroot.tracking;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.shared.GroupCommitTimeoutException;
import org.backroot.tracking.domain.PracticeEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/practice} (201, or 200 for a retry with the same {@code Idempotency-Key}),
 * {@code GET /api/v1/practice?from=&to=} and {@code GET /api/v1/practice/{id}}.
 */
@RestController
public class PracticeApiController {

    public record PracticeJson(String id, String date, String activityId, boolean completed, Integer painDuring, String note,
                        Integer expectedPain, Integer actualPain, Integer fearBefore, Integer fearAfter, String fearLadderItemId,
                        Instant recordedAt) {
        public static PracticeJson of(LoggedPractice p) {
            PracticeEntry e = p.entry();
            return new PracticeJson(p.id(), e.date().toString(), e.activityId(), e.completed(), e.painDuring(), e.note(),
                    e.expectedPain(), e.actualPain(), e.fearBefore(), e.fearAfter(), e.fearLadderItemId(), p.recordedAt());
        }
    }

    private final PracticeService practice;
    private final CheckInService checkIns;

    PracticeApiController(PracticeService practice, CheckInService checkIns) {
        this.practice = practice;
        this.checkIns = checkIns;
    }

    @PostMapping("/api/v1/practice")
    ResponseEntity<PracticeJson> log(@AuthenticationPrincipal CurrentUser user, @RequestBody Map<String, Object> body,
            @RequestHeader(name = PracticeService.IDEMPOTENCY_KEY, required = false) String key) {
        PracticeService.LogResult result = practice.log(user.id(), body, key);
        PracticeJson json = PracticeJson.of(result.practice());
        return result.created() ? ResponseEntity.created(URI.create("/api/v1/practice/" + json.id())).body(json) : ResponseEntity.ok(json);
    }

    @GetMapping("/api/v1/practice")
    List<PracticeJson> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        DateRange range = DateRange.parse(from, to, checkIns.today(user.id()));
        return practice.list(user.id(), range.from(), range.to()).stream().map(PracticeJson::of).toList();
    }

    @GetMapping("/api/v1/practice/{id}")
    PracticeJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return PracticeJson.of(practice.get(user.id(), id));
    }

    @ExceptionHandler(GroupCommitTimeoutException.class)
    ResponseEntity<Object> busy(GroupCommitTimeoutException e) {
        return CheckInApiController.busyResponse(e);
    }
}
