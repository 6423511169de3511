package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The named-and-rated pairs of a response, read through each rating item's {@code rates}: the one place that knows
 * how a PSFS answer set is laid out, for the form, the progress page and the report alike.
 */
public final class RatedActivities {

    private RatedActivities() {
    }

    /** Every named activity in item order, with its rating when given; empty for an instrument that rates nothing. */
    public static List<RatedActivity> of(Instrument instrument, Map<String, ?> answers) {
        List<RatedActivity> out = new ArrayList<>();
        if (answers == null) return out;
        for (Item rating : instrument.items()) {
            if (rating.rates() == null) continue;
            Object name = answers.get(rating.rates());
            if (!(name instanceof String text) || text.isBlank()) continue;
            out.add(new RatedActivity(text, answers.get(rating.linkId()) instanceof Number n ? n.intValue() : null));
        }
        return out;
    }
}
