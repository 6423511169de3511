package org.backroot.account.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.zone.ZoneRulesException;

/**
 * A person's time zone as an IANA region id ({@code Europe/Berlin}, {@code America/Denver}) or {@code UTC}.
 * Every date a person sees or enters ("today", the check-in window, the week of a plan) is in this zone;
 * instants are stored in UTC. Fixed offsets such as {@code +02:00} are refused: they ignore summer time.
 */
public record PersonZone(ZoneId id) {

    public static final PersonZone UTC = new PersonZone(ZoneId.of("UTC"));

    public PersonZone {
        if (id == null) throw new IllegalArgumentException("timeZone must be an IANA time zone such as Europe/London");
    }

    /** @throws IllegalArgumentException with a message naming what is expected */
    public static PersonZone of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("timeZone must be an IANA time zone such as Europe/London or America/New_York");
        }
        String trimmed = text.trim();
        if (trimmed.length() > 64) throw new IllegalArgumentException("timeZone must be at most 64 characters");
        try {
            ZoneId zone = ZoneId.of(trimmed);
            if (!(zone.getId().equals("UTC") || zone.getId().contains("/"))) {
                throw new IllegalArgumentException("timeZone must be a region such as Europe/London, not a fixed offset like '" + trimmed + "'");
            }
            return new PersonZone(zone);
        } catch (ZoneRulesException e) {
            throw new IllegalArgumentException("timeZone '" + trimmed + "' is not a known IANA time zone (such as Europe/London)");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone must be an IANA time zone such as Europe/London, not '" + trimmed + "'");
        }
    }

    /**
     * The zones a person can pick from a list: UTC, then every region id the JDK knows except the legacy
     * {@code Etc/} and {@code SystemV/} aliases, sorted.
     */
    public static java.util.List<String> choices() {
        java.util.List<String> regions = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted().toList();
        java.util.List<String> all = new java.util.ArrayList<>(regions.size() + 1);
        all.add("UTC");
        all.addAll(regions);
        return java.util.List.copyOf(all);
    }

    public String text() {
        return id.getId();
    }

    @Override
    public String toString() {
        return text();
    }
}
