package org.backroot.tracking.domain;

/** Why a day counts as a flare. */
public enum FlareCause {
    /** The person said so in the check-in. */
    REPORTED,
    /** Pain was at least the configured rise above the personal baseline. */
    PAIN_ABOVE_BASELINE
}
