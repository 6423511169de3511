package org.backroot.tracking;

import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.shared.GroupCommitTimeoutException;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.NewSymptom;
import org.backroot.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/v1/checkins/{date}} (upsert one day) and {@code GET /api/v1/checkins?from=&to=}. */
@RestController
public class CheckInApiController {

    /** Every field, nulls included, so clients see one shape. */
    public record CheckInJson(String date, int pain, int stress, double sleepHours, Integer sleepQuality, Integer activeMinutes,
                       Integer steps, Double sittingHours, Integer dietQuality, Double alcoholUnits, boolean flare,
                       List<String> newSymptoms, String note) {
        public static CheckInJson of(CheckIn c) {
            return new CheckInJson(c.date().toString(), c.pain(), c.stress(), c.sleepHours(), c.sleepQuality(), c.activeMinutes(),
                    c.steps(), c.sittingHours(), c.dietQuality(), c.alcoholUnits(), c.flare(),
                    c.newSymptoms().stream().map(NewSymptom::code).toList(), c.note());
        }
    }

    private final CheckInService checkIns;

    CheckInApiController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @PutMapping("/api/v1/checkins/{date}")
    CheckInJson put(@AuthenticationPrincipal CurrentUser user, @PathVariable String date, @RequestBody Map<String, Object> body) {
        // An unreadable path date goes in as null, so field "date" is reported together with any other bad field.
        return CheckInJson.of(checkIns.save(user.id(), DateRange.parseOrNull(date), body));
    }

    @GetMapping("/api/v1/checkins")
    List<CheckInJson> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        DateRange range = DateRange.parse(from, to, checkIns.today(user.id()));
        return checkIns.list(user.id(), range.from(), range.to()).stream().map(CheckInJson::of).toList();
    }

    @ExceptionHandler(GroupCommitTimeoutException.class)
    ResponseEntity<Object> busy(GroupCommitTimeoutException e) {
        return busyResponse(e);
    }

    /** 503 with Retry-After: the database is overloaded; an identical retry is safe (PUT is idempotent, POST takes a key). */
    static ResponseEntity<Object> busyResponse(GroupCommitTimeoutException e) {
        ResponseEntity<Object> problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy, please retry", e.getMessage());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem.getBody());
    }
}
