package org.backroot.program.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The exposure templates of the activity library, by theme: the id prefix of the theme's activities and the words
 * in a fear-ladder item that point to it. NONE is the person's own small step, with no library template.
 */
public enum ExposureTheme {
    BEND("exp-bend-", "Bending down (to the floor, shoes, picking things up)",
            "\\b(bend\\w*|floor|pick\\w*|shoes?|socks?|stoop\\w*|touch\\w* (my |your )?toes)\\b"),
    LIFT("exp-lift-", "Lifting and carrying (bags, shopping, boxes)", "\\b(lift\\w*|carr\\w*|bags?|shopping|box\\w*|heavy)\\b"),
    SIT("exp-sit-", "Sitting for longer (chair, desk, car)", "\\b(sit\\w*|seated|chairs?|driv\\w*|desk|car)\\b"),
    TWIST("exp-twist-", "Twisting and turning (looking or reaching behind you)",
            "\\b(twist\\w*|turn\\w*|rotat\\w*|look\\w* behind|reach\\w* behind)\\b"),
    NONE(null, "None of these: my own small step", null);

    private final String idPrefix;
    private final String label;
    private final Pattern words;

    ExposureTheme(String idPrefix, String label, String words) {
        this.idPrefix = idPrefix;
        this.label = label;
        this.words = words == null ? null : Pattern.compile(words);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice as the person sees it. */
    public String label() {
        return label;
    }

    /** The id prefix of this theme's library activities; null for NONE. */
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * The theme the person's words point to, only when the match is sure: exactly one theme's words appear. Words that
     * point to two themes ("carrying a bag to the car") or to none give empty, and the person picks.
     */
    public static Optional<ExposureTheme> sureMatch(String activity) {
        if (activity == null) return Optional.empty();
        String text = activity.toLowerCase(Locale.ROOT);
        List<ExposureTheme> hits = Arrays.stream(values()).filter(t -> t.words != null && t.words.matcher(text).find()).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    public static ExposureTheme fromCode(String code) {
        for (ExposureTheme t : values()) if (t.code().equals(code)) return t;
        throw new IllegalArgumentException("template must be one of bend, lift, sit, twist or none, was '" + code + "'");
    }
}
