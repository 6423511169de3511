package org.backroot.safety.domain;

/**
 * What the person told us about themselves ("about you") that bears on red flags: their current age, and
 * whether they are being treated for cancer or take medicine for thin or fragile bones. Unanswered facts are
 * null and raise nothing; they never count as a reassuring "no" either, since nothing here lowers care.
 */
public record PersonFacts(Integer age, Boolean activeCancerTreatment, Boolean osteoporosisMedication) {

    /** Age above which a new or changed back pain is more often a sign of something rarer (NICE CKS; Finucane 2020). */
    public static final int OLDER_AGE = 50;

    public static final PersonFacts UNKNOWN = new PersonFacts(null, null, null);

    public PersonFacts {
        if (age != null && (age < 0 || age > 130)) throw new IllegalArgumentException("age must be from 0 to 130 but was " + age);
    }

    boolean olderThan50() {
        return age != null && age > OLDER_AGE;
    }
}
