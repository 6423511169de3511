package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.safety.domain.PhoneNumber;

/**
 * The safety status shaped for pages (model attribute {@code safety}, read by the layout's banner, the safety page
 * and Today): instructions and reasons as lines of text, the questions a person may take back as answered by
 * mistake, the answers taken back, and what a clinician on the care team asked the plan to leave out for now
 * ({@code clinicianHolds}, one sentence each). Whether the questions are due again is asked only by the pages that show it
 * ({@link SafetyService#rescreenMessages}), as it reads the program's and insights' history.
 */
public record SafetyBanner(String status, String headline, List<String> instructions, List<String> reasons,
                           boolean bannerVisible, boolean programAllowed, boolean clinicianCleared, Instant screenedAt,
                           List<Question> correctable, List<TakenBack> takenBack, boolean loadedBendingHeldBack,
                           List<String> clinicianHolds) {

    public SafetyBanner {
        clinicianHolds = clinicianHolds == null ? List.of() : List.copyOf(clinicianHolds);
    }

    /** A screening question by its item id and its words. */
    public record Question(String item, String text) {
    }

    /** An answer the person took back, with the day they did. */
    public record TakenBack(String text, LocalDate on, String note) {
    }

    /** The instructions cut into words and numbers to call, so a page links each number once (tel:). */
    public List<List<PhoneNumber.Piece>> instructionPieces() {
        return instructions.stream().map(PhoneNumber::split).toList();
    }

    /** The reasons, cut the same way. */
    public List<List<PhoneNumber.Piece>> reasonPieces() {
        return reasons.stream().map(PhoneNumber::split).toList();
    }

    /**
     * The state as a page names it: "cleared" once a clinician has checked an urgent or emergency result (the
     * safety policy's own {@code clinicianCleared}), else {@link #status}.
     */
    public String shownStatus() {
        return clinicianCleared ? "cleared" : status;
    }

    public boolean screened() {
        return !"not-screened".equals(status);
    }

    /** A result that a clinician should look at, whether or not the program is paused, and that no clinician has checked yet. */
    public boolean needsAttention() {
        return !clinicianCleared && ("see-doctor".equals(status) || "urgent".equals(status) || "emergency".equals(status));
    }
}
