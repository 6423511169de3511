package org.backroot.tracking.domain;

/** Why a day counts as a flare, or why Backroot asks. */
public enum FlareCause {
    /** The person marked the day as a flare in the check-in. */
    REPORTED,
    /** The person answered "yes" to "Is this a flare?" for the day. */
    CONFIRMED,
    /** Pain was at least the configured rise above the personal baseline on this day alone: a question, not a flare. */
    PAIN_ABOVE_BASELINE,
    /** Pain stayed at least the configured rise above the baseline for the configured days in a row. */
    SUSTAINED_PAIN
}
