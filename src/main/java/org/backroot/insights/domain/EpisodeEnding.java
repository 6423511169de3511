package org.backroot.insights.domain;

/** How an episode ended, as far as the record shows. */
public enum EpisodeEnding {
    /** At least the settings' pain-free days followed it: the person recovered. */
    RECOVERED,
    /** The record reaches the end of the range without enough pain-free days after it: still going. */
    ONGOING,
    /** A long gap in the check-ins followed before enough pain-free days: we cannot tell. */
    UNKNOWN
}
