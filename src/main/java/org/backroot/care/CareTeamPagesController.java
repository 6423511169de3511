package org.backroot.care;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.account.PersonalClock;
import org.backroot.care.domain.QrSvg;
import org.backroot.care.domain.Scope;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.RedirectLocation;
import org.backroot.web.domain.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
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
 * The person's care team: {@code /care-team} lists the clinicians in it (what each may see, since when), lets the
 * person change what one sees or remove them (each behind a disclosure that asks first), and lists codes not used yet;
 * {@code /care-team/invite} makes a new code. The new code is shown once: it travels to the page in a flash attribute
 * (kept in the session only until that redirect is followed) and is never stored in clear.
 */
@Controller
class CareTeamPagesController {

    static final String PAGE = "/care-team";
    static final String INVITE = "/care-team/invite";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** A team member as the page shows them. */
    record MemberLine(String clinicianId, String name, List<String> scopes, String since) {
    }

    /** A code not used yet. */
    record PendingLine(String id, List<String> scopes, String expires) {
    }

    private final CareInvitations invitations;
    private final CareTeam team;
    private final PersonalClock clock;
    private final RedirectLocation site;

    CareTeamPagesController(CareInvitations invitations, CareTeam team, PersonalClock clock, @Value("${backroot.base-url:}") String baseUrl) {
        this.invitations = invitations;
        this.team = team;
        this.clock = clock;
        this.site = RedirectLocation.of(baseUrl);
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ZoneId zone = clock.zone(user.id());
        model.addAttribute("members", team.members(user.id()).stream()
                .map(m -> new MemberLine(m.clinicianId(), m.displayName(), m.scopes(), DAY.format(m.since().atZone(zone)))).toList());
        model.addAttribute("pending", invitations.pending(user.id()).stream()
                .map(p -> new PendingLine(p.id(), p.scopes(), WHEN.format(p.expiresAt().atZone(zone)))).toList());
        model.addAttribute("allScopes", scopeNames());
        if (model.getAttribute("newCode") instanceof String code) {
            // The one answer that shows the code: never cached, and the session forgot it when this request took it.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            String link = site.rewrite("/care/link?code=" + code, null);
            boolean absolute = link.startsWith("http");
            model.addAttribute("newLink", link);
            model.addAttribute("newLinkAbsolute", absolute);
            model.addAttribute("newQr", QrSvg.of(absolute ? link : code,
                    absolute ? "QR code of the link for your clinician" : "QR code of your invitation code " + code));
        }
        return "care/team";
    }

    @GetMapping(INVITE)
    String inviteForm(Model model) {
        return renderInvite(model, List.of(Scope.SUMMARY.jsonName()), "", Map.of());
    }

    @PostMapping(INVITE)
    String invite(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "scopes", required = false) List<String> scopes,
            @RequestParam(defaultValue = "") String expiresInDays, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> chosen = scopes == null ? List.of() : scopes;
        CareInvitations.Issued issued;
        try {
            issued = invitations.invite(user.id(), chosen, days(expiresInDays));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderInvite(model, chosen, expiresInDays, e.messagesByField());
        }
        // Only Strings in the flash: the session (in the database) holds them until the redirect is followed, no longer.
        redirect.addFlashAttribute("newCode", issued.code().display());
        redirect.addFlashAttribute("newExpires", WHEN.format(issued.expiresAt().atZone(clock.zone(user.id()))));
        redirect.addFlashAttribute("newScopes", new ArrayList<>(issued.scopes()));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{clinicianId}/scopes")
    String changeScopes(@AuthenticationPrincipal CurrentUser user, @PathVariable String clinicianId,
            @RequestParam(name = "scopes", required = false) List<String> scopes, RedirectAttributes redirect) {
        try {
            TeamMember member = team.changeScopes(user.id(), clinicianId, scopes == null ? List.of() : scopes);
            redirect.addFlashAttribute("saved", member.displayName());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("scopeError", e.messagesByField().values().iterator().next());
            redirect.addFlashAttribute("scopeErrorFor", clinicianId);
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("missing", true);
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{clinicianId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String clinicianId, RedirectAttributes redirect) {
        try {
            String name = team.member(user.id(), clinicianId).displayName();
            team.revoke(user.id(), clinicianId);
            redirect.addFlashAttribute("removed", name);
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("missing", true);
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/invitations/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
        try {
            invitations.withdraw(user.id(), id);
            redirect.addFlashAttribute("withdrawn", true);
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("missing", true);
        }
        return "redirect:" + PAGE;
    }

    private String renderInvite(Model model, List<String> chosen, String expiresInDays, Map<String, String> errors) {
        model.addAttribute("allScopes", scopeNames());
        model.addAttribute("chosen", chosen);
        model.addAttribute("expiresInDays", expiresInDays);
        model.addAttribute("errors", errors);
        return "care/invite";
    }

    /** Blank means the default; anything else must be a whole number (the service checks the range). */
    private static Integer days(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("expiresInDays", "must be a whole number of days");
        }
    }

    private static List<String> scopeNames() {
        return java.util.Arrays.stream(Scope.values()).map(Scope::jsonName).toList();
    }
}
