package org.backroot.profile.domain;

import java.util.List;

/**
 * One or two warm sentences per factor. They speak of what "may be playing a part", never of a cause or a
 * diagnosis, and name the clearest signs so the number explains itself.
 */
final class FactorSummaries {

    private static final int SIGNS_NAMED = 2;

    private FactorSummaries() {
    }

    static String summary(Factor factor, FactorLevel level, List<FactorDrivers.Ranked> drivers) {
        String subject = capitalised(factor.subject());
        return switch (level) {
            case UNKNOWN -> "We have not looked at " + factor.subject() + " yet. " + howToMeasure(factor);
            case LOW -> subject + " seems to play only a small part for you right now.";
            case MODERATE -> subject + " may be playing some part in your back pain." + signs(drivers);
            case HIGH -> subject + " may be playing a big part in your back pain right now." + reassurance(factor) + signs(drivers);
        };
    }

    private static String howToMeasure(Factor factor) {
        boolean hasTests = factor == Factor.MOVEMENT || factor == Factor.POSTURE || factor == Factor.BREATHING;
        return "Its short check" + (hasTests ? " or the self-tests" : "") + " will show whether it plays a part for you.";
    }

    /** Worry about movement feeds itself; saying it is common and changeable is part of easing it. */
    private static String reassurance(Factor factor) {
        return factor == Factor.FEAR ? " That is common, and it can change." : "";
    }

    private static String signs(List<FactorDrivers.Ranked> drivers) {
        List<String> names = drivers.stream().map(FactorDrivers.Ranked::shortName).distinct().limit(SIGNS_NAMED).toList();
        if (names.isEmpty()) return "";
        return " The clearest signs are " + org.backroot.web.domain.Words.join(names) + ".";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
