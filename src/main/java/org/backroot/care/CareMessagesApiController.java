package org.backroot.care;

import java.net.URI;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.care.domain.UrgentCareNote;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Talking with the care team through the API: {@code GET /api/v1/care/threads} (the caller's threads with unread
 * counts), {@code GET /api/v1/care/threads/{id}/messages} (marks the other side's messages read) and {@code POST
 * /api/v1/care/threads/{id}/messages} {@code {"text"}}. Any signed-in account reaches these addresses; the service
 * decides who is a side of which thread.
 */
@RestController
class CareMessagesApiController {

    record MessageBody(String text) {
    }

    /** Present when a person's message reads like a warning sign: where to report it instead, and where to go now. */
    record Warning(String message, String symptomList, String urgentCare) {
    }

    record SentView(String threadId, int number, String author, boolean mine, String text, java.time.Instant sentAt,
                    java.time.Instant readAt, List<String> warningSigns, Warning warning) {
        static SentView of(CareMessages.Sent sent) {
            var m = sent.message();
            Warning warning = sent.warningSigns().isEmpty() ? null
                    : new Warning(UrgentCareNote.SOUNDS_LIKE_A_WARNING_SIGN, UrgentCareNote.SYMPTOM_LIST, UrgentCareNote.URGENT_CARE);
            return new SentView(sent.threadId(), m.number(), m.author(), m.mine(), m.text(), m.sentAt(), m.readAt(), sent.warningSigns(), warning);
        }
    }

    private final CareMessages messages;

    CareMessagesApiController(CareMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/api/v1/care/threads")
    List<CareMessages.ThreadSummary> threads(@AuthenticationPrincipal CurrentUser user) {
        return messages.threads(user);
    }

    @GetMapping("/api/v1/care/threads/{id}/messages")
    List<CareMessages.Message> read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return messages.open(user, id).messages();
    }

    @PostMapping("/api/v1/care/threads/{id}/messages")
    ResponseEntity<SentView> send(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody(required = false) MessageBody body) {
        var sent = messages.send(user, id, body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/care/threads/" + sent.threadId() + "/messages")).body(SentView.of(sent));
    }
}
