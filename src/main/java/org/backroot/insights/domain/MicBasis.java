package org.backroot.insights.domain;

/** How firm a minimal important change is. */
public enum MicBasis {
    /** From a published consensus or study that we checked. */
    PUBLISHED,
    /** Commonly cited, but not checked against the original source. */
    UNVERIFIED,
    /** No published value: Backroot's own rule of thumb. */
    BACKROOT_HEURISTIC
}
