package org.backroot.program.domain;

/** The rhythm a breathing pacer shows on screen: seconds to breathe in, seconds to breathe out. */
public record ActivityPacer(int inhaleSec, int exhaleSec) {

    public ActivityPacer {
        if (inhaleSec < 1 || inhaleSec > 20) {
            throw new IllegalArgumentException("pacer.inhaleSec must be between 1 and 20 seconds, was " + inhaleSec);
        }
        if (exhaleSec < 1 || exhaleSec > 20) {
            throw new IllegalArgumentException("pacer.exhaleSec must be between 1 and 20 seconds, was " + exhaleSec);
        }
    }

    /** Breaths a minute at this rhythm, e.g. 4 s in and 6 s out = 6.0. */
    public double breathsPerMinute() {
        return 60.0 / (inhaleSec + exhaleSec);
    }
}
