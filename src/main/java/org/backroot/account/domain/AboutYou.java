package org.backroot.account.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Facts about a person that change what care is safe and what findings mean: current age (kept as the
 * year of birth), sex, pregnancy or a recent birth, active cancer treatment and osteoporosis medication.
 * Each is null while the person has not answered; an unanswered fact never counts as "no" in a safety rule
 * that would raise care with a "yes", and never as "yes" in a rule that would lower it.
 */
public record AboutYou(Integer birthYear, Sex sex, Pregnancy pregnancy, Boolean activeCancerTreatment,
                       Boolean osteoporosisMedication) {

    public static final int EARLIEST_BIRTH_YEAR = 1900;
    /** Backroot is for adults. */
    public static final int MIN_AGE = 16;

    public static final AboutYou UNANSWERED = new AboutYou(null, null, null, null, null);

    public AboutYou {
        if (birthYear != null && birthYear < EARLIEST_BIRTH_YEAR) {
            throw new IllegalArgumentException("birthYear must be " + EARLIEST_BIRTH_YEAR + " or later");
        }
    }

    /** Checks the year of birth against today: at least {@value #MIN_AGE} years ago. */
    public AboutYou validOn(LocalDate today) {
        if (birthYear != null && birthYear > today.getYear() - MIN_AGE) {
            throw new IllegalArgumentException("birthYear must be " + (today.getYear() - MIN_AGE) + " or earlier: Backroot is for people aged "
                    + MIN_AGE + " and over");
        }
        return this;
    }

    /**
     * Age on the given day from the year of birth alone: the age the person reaches this calendar year, the
     * higher of the two possible ages, so an age rule in a safety check errs towards more care, never less.
     */
    public OptionalInt ageOn(LocalDate day) {
        return birthYear == null ? OptionalInt.empty() : OptionalInt.of(Math.max(0, day.getYear() - birthYear));
    }

    public boolean pregnantOrRecentlyGaveBirth() {
        return pregnancy == Pregnancy.PREGNANT || pregnancy == Pregnancy.RECENTLY_GAVE_BIRTH;
    }

    /**
     * Lying flat on the back is best avoided during pregnancy (after the first trimester the womb can press on the
     * large blood vessels; Backroot does not ask the week, so the whole pregnancy counts).
     */
    public boolean avoidsLyingOnBack() {
        return pregnancy == Pregnancy.PREGNANT;
    }

    /** Breath-holding is left out during pregnancy and in the months after a birth. */
    public boolean avoidsBreathHolds() {
        return pregnantOrRecentlyGaveBirth();
    }

    public boolean answeredAnything() {
        return birthYear != null || sex != null || pregnancy != null || activeCancerTreatment != null || osteoporosisMedication != null;
    }

    public enum Sex {
        FEMALE, MALE, OTHER, NOT_SAID;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Sex fromCode(String code) {
            for (Sex s : values()) if (s.code().equals(code)) return s;
            throw new IllegalArgumentException("sex must be one of female, male, other, not-said but was '" + code + "'");
        }

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Pregnancy {
        NO, PREGNANT, RECENTLY_GAVE_BIRTH;

        /** no, pregnant, recently-given-birth (the API's and the database's words). */
        public String code() {
            return this == RECENTLY_GAVE_BIRTH ? "recently-given-birth" : name().toLowerCase(Locale.ROOT);
        }

        public static Pregnancy fromCode(String code) {
            for (Pregnancy p : values()) if (p.code().equals(code)) return p;
            throw new IllegalArgumentException("pregnancy must be one of no, pregnant, recently-given-birth but was '" + code + "'");
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
