package org.backroot.care;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.account.PersonalClock;
import org.backroot.care.domain.Author;
import org.backroot.care.domain.MessageText;
import org.backroot.care.domain.UrgentCareNote;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The message pages. The person: {@code /care-team/messages} (their threads) and {@code /care-team/messages/{id}},
 * plus {@code /care-team/messages/with/{clinicianId}}, the stable address other pages link to for "ask to talk about
 * it". The clinician: {@code /care/messages} and {@code /care/messages/{id}}. Post/Redirect/Get; times in the
 * reader's own time zone.
 */
@Controller
class CareMessagesPagesController {

    static final String PERSON_BASE = "/care-team/messages";
    static final String CLINICIAN_BASE = "/care/messages";

    /** A message as a page shows it: times already in the reader's zone. */
    record MessageLine(int number, boolean mine, String text, LocalDateTime sentAt, Instant sentAtUtc, LocalDateTime readAt) {
    }

    /** A thread in a list, with its last message time in the reader's zone. */
    record ThreadLine(CareMessages.ThreadSummary thread, LocalDateTime lastMessageAt) {
    }

    private final CareMessages messages;
    private final PersonalClock clock;

    CareMessagesPagesController(CareMessages messages, PersonalClock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PERSON_BASE)
    String personList(@AuthenticationPrincipal CurrentUser user, Model model) {
        return list(user, model, Author.PERSON);
    }

    @GetMapping(CLINICIAN_BASE)
    String clinicianList(@AuthenticationPrincipal CurrentUser user, Model model) {
        return list(user, model, Author.CLINICIAN);
    }

    /**
     * "Ask to talk about it": the thread with this clinician, started if need be. When they do not take messages (or
     * are not in the team), the care team page, where the person can give them the messages scope.
     */
    @GetMapping(PERSON_BASE + "/with/{clinicianId}")
    String withClinician(@AuthenticationPrincipal CurrentUser user, @PathVariable String clinicianId, RedirectAttributes redirect) {
        try {
            return "redirect:" + PERSON_BASE + "/" + messages.threadWith(user, clinicianId);
        } catch (org.backroot.shared.NotFoundException e) {
            redirect.addFlashAttribute("noMessages", true);
            return "redirect:/care-team";
        }
    }

    @GetMapping(PERSON_BASE + "/{threadId}")
    String personThread(@AuthenticationPrincipal CurrentUser user, @PathVariable String threadId, Model model) {
        return thread(user, threadId, model, Author.PERSON, null, null);
    }

    @GetMapping(CLINICIAN_BASE + "/{threadId}")
    String clinicianThread(@AuthenticationPrincipal CurrentUser user, @PathVariable String threadId, Model model) {
        return thread(user, threadId, model, Author.CLINICIAN, null, null);
    }

    @PostMapping(PERSON_BASE + "/{threadId}")
    String personSend(@AuthenticationPrincipal CurrentUser user, @PathVariable String threadId, @RequestParam(required = false) String text,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return send(user, threadId, text, model, redirect, response, Author.PERSON);
    }

    @PostMapping(CLINICIAN_BASE + "/{threadId}")
    String clinicianSend(@AuthenticationPrincipal CurrentUser user, @PathVariable String threadId, @RequestParam(required = false) String text,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return send(user, threadId, text, model, redirect, response, Author.CLINICIAN);
    }

    private String list(CurrentUser user, Model model, Author side) {
        ZoneId zone = clock.zone(user.id());
        List<ThreadLine> lines = messages.threads(user).stream()
                .map(t -> new ThreadLine(t, t.lastMessageAt() == null ? null : LocalDateTime.ofInstant(t.lastMessageAt(), zone))).toList();
        model.addAttribute("threads", lines);
        model.addAttribute("side", side.code());
        model.addAttribute("base", base(side));
        return "care/messages-list";
    }

    private String thread(CurrentUser user, String threadId, Model model, Author side, String text, String error) {
        if (messages.sideOf(user, threadId) != side) throw CareMessages.notFound();
        var conversation = messages.open(user, threadId);
        // The navigation's count was read before this page marked the other side's messages read: read it again.
        var nav = messages.nav(user);
        model.addAttribute("messagesNav", nav.show() ? nav : null);
        ZoneId zone = clock.zone(user.id());
        model.addAttribute("thread", conversation.thread());
        model.addAttribute("side", side.code());
        model.addAttribute("base", base(side));
        model.addAttribute("messages", conversation.messages().stream().map(m -> new MessageLine(m.number(), m.mine(), m.text(),
                LocalDateTime.ofInstant(m.sentAt(), zone), m.sentAt(), m.readAt() == null ? null : LocalDateTime.ofInstant(m.readAt(), zone))).toList());
        model.addAttribute("textValue", text);
        model.addAttribute("textError", error);
        model.addAttribute("maxLength", MessageText.MAX_LENGTH);
        model.addAttribute("symptomList", UrgentCareNote.SYMPTOM_LIST);
        model.addAttribute("notForUrgent", UrgentCareNote.NOT_FOR_URGENT);
        model.addAttribute("urgentCare", UrgentCareNote.urgentCarePieces());
        model.addAttribute("warningText", UrgentCareNote.SOUNDS_LIKE_A_WARNING_SIGN);
        return "care/messages-thread";
    }

    private String send(CurrentUser user, String threadId, String text, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Author side) {
        CareMessages.Sent sent;
        try {
            if (messages.sideOf(user, threadId) != side) throw CareMessages.notFound();
            sent = messages.send(user, threadId, text);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return thread(user, threadId, model, side, text, new ValidationException(e.errors(), java.util.Map.of(MessageText.FIELD, "Your message"))
                    .messagesByField().values().iterator().next());
        }
        redirect.addFlashAttribute("sent", true);
        if (!sent.warningSigns().isEmpty()) redirect.addFlashAttribute("warningSigns", sent.warningSigns());
        // After a warning sign the page opens on the warning, not on the message.
        String anchor = sent.warningSigns().isEmpty() ? "#message-" + sent.message().number() : "#warning";
        return "redirect:" + base(side) + "/" + sent.threadId() + anchor;
    }

    private static String base(Author side) {
        return side == Author.PERSON ? PERSON_BASE : CLINICIAN_BASE;
    }
}
