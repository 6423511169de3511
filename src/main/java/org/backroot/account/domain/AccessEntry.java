package org.backroot.account.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One line of a person's access log: someone else (a clinician, an administrator) read or changed something of
 * theirs. {@link #description()} says it in plain words after the actor's name ("looked at your factor profile");
 * actions this class does not know are still shown, spelled out, never hidden.
 *
 * @param actorName the actor's display name, or null when their account no longer exists
 * @param actorRoles the actor's roles (empty when their account no longer exists)
 * @param action the audit action, such as {@code care.read}
 * @param part what it concerned (the audit detail; for {@code care.read} the part read), may be null
 */
public record AccessEntry(Instant at, String actorName, Set<Role> actorRoles, String action, String part) {

    /** The part a clinician read, in plain words, by the part names the care module writes. */
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("summary", "looked at your summary"),
            Map.entry("overview", "looked at your summary"),
            Map.entry("person", "looked at your summary"),
            Map.entry("profile", "looked at your factor profile"),
            Map.entry("plan", "looked at your plan"),
            Map.entry("checkins", "read your daily check-ins"),
            Map.entry("diary", "read your daily check-ins and practice notes"),
            Map.entry("safety", "looked at your safety answers"),
            Map.entry("outcomes", "looked at your outcome scores"),
            Map.entry("report", "made a summary report (PDF) of your data"),
            Map.entry("report.pdf", "made a summary report (PDF) of your data"),
            Map.entry("panel", "saw you in their list of people"),
            Map.entry("people", "saw you in their list of people"),
            Map.entry("alerts", "looked at your alerts"),
            Map.entry("messages", "read your messages"),
            Map.entry("adjustments", "looked at changes to your plan"),
            Map.entry("page", "opened your page"),
            Map.entry("planadjustments", "looked at the changes made to your plan"),
            Map.entry("planadjustmentsandclearances", "looked at the changes made to your plan and the clearances given"));

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("care.linked", "joined your care team"),
            Map.entry("care.revoked", "left your care team"),
            Map.entry("care.scopes", "changed what is shared"),
            Map.entry("care.adjust", "adjusted your plan"),
            Map.entry("care.clearance", "recorded a clearance after checking you"),
            Map.entry("care.alert-acknowledged", "noted an alert about you"),
            Map.entry("care.message", "sent you a message"),
            Map.entry("clinician-created", "created this clinician account"),
            Map.entry("clinician-disabled", "switched this account off"),
            Map.entry("clinician-enabled", "switched this account on again"));

    public AccessEntry {
        if (at == null) throw new IllegalArgumentException("at must be given");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("action must not be empty");
        actorRoles = actorRoles == null ? Set.of() : Set.copyOf(actorRoles);
    }

    /** The actor's name; a deleted account is named as such rather than left blank. */
    public String who() {
        return actorName != null ? actorName : "An account that has since been deleted";
    }

    /** clinician, administrator or person (the most telling role first); empty when the account no longer exists. */
    public String role() {
        if (actorRoles.contains(Role.CLINICIAN)) return "clinician";
        if (actorRoles.contains(Role.ADMIN)) return "administrator";
        if (actorRoles.contains(Role.PERSON)) return "person";
        return "";
    }

    /** What happened, in plain words, said after the actor's name. */
    public String description() {
        String p = part == null ? "" : part.strip();
        if ("care.read".equals(action)) {
            String known = PARTS.get(p.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", ""));
            if (known != null) return known;
            return p.isEmpty() ? "looked at your data" : "looked at your data: " + spelledOut(p);
        }
        String known = ACTIONS.get(action);
        if (known != null) {
            if (p.isEmpty()) return known;
            if ("care.linked".equals(action)) return known + " (shared: " + p.replace(",", ", ") + ")";
            if ("care.scopes".equals(action)) return known + " (now: " + p.replace(",", ", ") + ")";
            return known;
        }
        return "did this: " + spelledOut(action) + (p.isEmpty() ? "" : " (" + p + ")");
    }

    /** "care.plan-adjusted" reads "care plan adjusted": dots, hyphens and underscores become spaces. */
    static String spelledOut(String text) {
        return text.replaceAll("[._-]+", " ").strip();
    }
}
