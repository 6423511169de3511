package org.backroot.insights.domain;

/** Outcome measures that get a "meaningful change" badge, with their scale and which way is better. */
public enum MicMeasure {
    /** Pain on 0-10 (NRS), usually a weekly average. */
    PAIN_NRS("average pain", 0, 10, false),
    /** Patient-Specific Functional Scale: mean of the person's activities, 0-10, higher is better. */
    PSFS("activity score (PSFS)", 0, 10, true),
    /** One PSFS activity, 0-10, higher is better. */
    PSFS_ACTIVITY("score for this activity", 0, 10, true),
    /** PEG: mean of pain, enjoyment of life and general activity interference, 0-10. */
    PEG("pain and interference score (PEG)", 0, 10, false),
    /** Oswestry Disability Index, 0-100. */
    ODI("disability score (ODI)", 0, 100, false),
    /** Roland-Morris Disability Questionnaire, 0-24. */
    RMDQ("disability score (RMDQ)", 0, 24, false),
    /** One of Backroot's six factor loads, 0-100, higher is more load. */
    FACTOR_LOAD("factor load", 0, 100, false);

    private final String label;
    private final double min;
    private final double max;
    private final boolean higherIsBetter;

    MicMeasure(String label, double min, double max, boolean higherIsBetter) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.higherIsBetter = higherIsBetter;
    }

    /** How the measure reads inside a sentence ("Your average pain fell ..."). */
    public String label() {
        return label;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
