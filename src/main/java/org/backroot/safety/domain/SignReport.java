package org.backroot.safety.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One answer bearing on safety as it reached us.
 *
 * @param day        the person's own date the answer is about (the screen's day, or the check-in's day)
 * @param recordedAt when we stored it; a clinician's assessment or a correction covers only what was told before it
 */
public record SignReport(Observation observation, Channel channel, LocalDate day, Instant recordedAt) {

    public enum Channel { SCREEN, CHECK_IN }

    public SignReport {
        if (observation == null) throw new IllegalArgumentException("observation must not be null");
        if (channel == null) throw new IllegalArgumentException("channel must not be null");
        if (day == null) throw new IllegalArgumentException("day must not be null");
        if (recordedAt == null) throw new IllegalArgumentException("recordedAt must not be null");
    }

    public String linkId() {
        return observation.linkId();
    }
}
