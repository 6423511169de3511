package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a person told us that bears on safety, as it was told, for the record a linked clinician reads: every
 * answer of every red-flag screen and every red-flag symptom reported in a check-in, with the day and the channel,
 * and the confirmations that a clinician assessed them. The status these add up to (and the answers taken back as given
 * by mistake) is {@link SafetyService#status}; this record only lists.
 *
 * @param answers     oldest first
 * @param clearances  oldest first
 */
public record RedFlagRecord(List<Answer> answers, List<ClearanceEntry> clearances) {

    /** The answer came from the red-flag screen. */
    public static final String SCREEN = "screen";
    /** The answer came from the daily check-in's symptom list. */
    public static final String CHECK_IN = "check-in";

    /**
     * One answer to one screening question.
     *
     * @param item     the question's id, such as {@code bladder-change}
     * @param question the question as the person read it
     * @param value    the stored answer ({@code yes}, {@code no}, {@code unsure}, {@code long-standing}, an age band)
     * @param answer   the answer as the person chose it ("Not sure")
     * @param day      the person's own date of the screen or check-in
     * @param channel  {@value RedFlagRecord#SCREEN} or {@value RedFlagRecord#CHECK_IN}
     * @param notable  anything but a plain "no" to a yes/no question: a yes, a "not sure", a long-standing change
     */
    public record Answer(String item, String question, String value, String answer, LocalDate day, Instant recordedAt,
                         String channel, boolean notable) {

        public boolean unsure() {
            return "unsure".equals(value);
        }
    }

    /** The person's confirmation that a clinician assessed them on {@code assessedOn}. */
    public record ClearanceEntry(LocalDate assessedOn, Instant confirmedAt, String note) {
    }

    public RedFlagRecord {
        answers = List.copyOf(answers);
        clearances = List.copyOf(clearances);
    }

    /** The answers worth a clinician's eye, oldest first. */
    public List<Answer> notable() {
        return answers.stream().filter(Answer::notable).toList();
    }

    /** The answers of "not sure". */
    public List<Answer> unsure() {
        return answers.stream().filter(Answer::unsure).toList();
    }
}
