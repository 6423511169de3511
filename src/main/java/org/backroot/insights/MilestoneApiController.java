package org.backroot.insights;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.backroot.account.CurrentUser;
import org.backroot.insights.domain.Milestone;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/milestones}: every milestone the caller has reached, oldest first, each with the day it was
 * reached and whether it is new (shown on Today). {@code POST /api/v1/milestones/{key}/seen} puts one away from
 * Today (204; 404 when it is not reached).
 */
@RestController
class MilestoneApiController {

    record MilestoneJson(String key, String kind, String date, String title, String sentence, boolean isNew) {
    }

    record MilestonesJson(List<MilestoneJson> milestones) {
    }

    private final MilestoneService milestones;

    MilestoneApiController(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @GetMapping("/api/v1/milestones")
    MilestonesJson list(@AuthenticationPrincipal CurrentUser user) {
        Set<String> fresh = milestones.fresh(user.id()).stream().map(Milestone::key).collect(Collectors.toSet());
        return new MilestonesJson(milestones.reached(user.id()).stream()
                .map(m -> new MilestoneJson(m.key(), m.kind().code(), m.date().toString(), m.title(), m.sentence(), fresh.contains(m.key())))
                .toList());
    }

    @PostMapping("/api/v1/milestones/{key}/seen")
    ResponseEntity<Void> seen(@AuthenticationPrincipal CurrentUser user, @PathVariable String key) {
        milestones.markSeen(user.id(), key);
        return ResponseEntity.noContent().build();
    }
}
