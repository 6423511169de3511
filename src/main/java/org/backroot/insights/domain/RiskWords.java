package org.backroot.insights.domain;

import java.util.List;

/** Plain, warm wording for the early warning: what we noticed, and one thing that may help. */
final class RiskWords {

    private RiskWords() {
    }

    static String painRising() {
        return "Your pain has been creeping up over the past week.";
    }

    static String painAboveUsual(double points) {
        return "Your pain this week is " + TriggerSentences.amount(points) + " above your usual.";
    }

    static String shortSleep(int nights) {
        return "Your sleep has been short " + nights + " of the last 5 nights.";
    }

    static String stress(int days) {
        return "You felt quite stressed on " + days + " of the last 7 days.";
    }

    static String longSitting(int days) {
        return "You sat for more than 6 hours on " + days + " of the last 7 days.";
    }

    static String ownTriggers() {
        return "Some things that tend to raise your pain have shown up in the last few days.";
    }

    static String recentFlares() {
        return "You have had flares fairly often over the last three months.";
    }

    static String advice(RiskFeatures f, List<RiskDriver> drivers, List<Trigger> triggers) {
        for (RiskDriver d : drivers) {
            String advice = adviceFor(d.name(), f, triggers);
            if (advice != null) {
                return advice;
            }
        }
        return drivers.isEmpty() ? "Nothing stands out right now. Keep doing what works for you."
                : "Flares have come fairly often for you lately; keep up the habits that help and pace your week.";
    }

    /** Advice for one sign, or null when there is nothing the person can do about it (past flares). */
    private static String adviceFor(String name, RiskFeatures f, List<Trigger> triggers) {
        return switch (name) {
            case "shortSleep" -> "Your sleep has been short " + f.shortSleepNights()
                    + " of the last 5 nights; an earlier wind-down tonight may help.";
            case "longSitting" -> "You sat for long stretches on " + f.longSittingDays()
                    + " of the last 7 days; standing up and moving for a few minutes every half hour may help.";
            case "stress" -> "Stress has been high lately; a few minutes of slow breathing or a short walk may help"
                    + " you unwind.";
            case "ownTriggers" -> ownTriggerAdvice(triggers);
            case "painRising", "painAboveUsual" -> "Your pain has been building this week; keep moving gently,"
                    + " keep up your exercises and pace your day with short breaks.";
            default -> null;
        };
    }

    private static String ownTriggerAdvice(List<Trigger> triggers) {
        return triggers.stream().filter(t -> t.direction() == TriggerDirection.HIGHER).findFirst()
                .map(RiskWords::triggerAdvice)
                .orElse(null);
    }

    /**
     * One suggestion for a trigger that raises pain. Activity and steps are never turned into "do less": being
     * active is part of getting better, so the advice is pacing (a steady amount, split into bouts, built up
     * gradually), not avoidance.
     */
    static String triggerAdvice(Trigger t) {
        String seen = "In your diary, pain tends to rise after days when you " + t.driver().exposurePhrase();
        return switch (t.driver()) {
            case ACTIVE_MINUTES, STEPS -> seen + ". That is a reason to pace your activity, not to drop it: keep a similar amount"
                    + " each day, split a big day into shorter bouts with breaks, and build up step by step.";
            case SLEEP_HOURS, SLEEP_QUALITY -> seen + "; protecting your sleep for the next few nights may help.";
            case STRESS -> seen + "; a few calm minutes of slow breathing each day may help.";
            case SITTING_HOURS -> seen + "; breaking up long sitting with a short walk every half hour may help.";
            case DIET_QUALITY -> seen + "; simple, regular meals for the next few days may help.";
            case ALCOHOL_UNITS -> seen + "; keeping to one or two drinks for the next few days may help.";
        };
    }
}
