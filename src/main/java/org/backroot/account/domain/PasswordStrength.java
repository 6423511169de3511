package org.backroot.account.domain;

import java.util.ArrayList;
import java.util.List;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * How easy a password is to guess, by zxcvbn's estimator (Dropbox's model of how people crack passwords: common
 * passwords, names, words, keyboard patterns, dates, repeats). A score below {@link #MIN_SCORE} of 0-4 is refused, with
 * the estimator's own reason and suggestion in plain words.
 */
public final class PasswordStrength {

    /** zxcvbn's "safely unguessable: moderate protection from offline slow-hash attacks" (about 10^8 guesses or more). */
    public static final int MIN_SCORE = 3;

    /**
     * Only the first 64 characters are estimated: zxcvbn's time grows quickly with length (about 2 s for 128 random
     * characters here, 0.15 s for 64), and 64 characters that are hard to guess stay hard to guess with more after them.
     */
    static final int ESTIMATED_PREFIX = 64;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordStrength() {
    }

    /** Nothing when the password is hard enough to guess; otherwise why not, and what would help. */
    public static java.util.Optional<String> weakness(String password) {
        String estimated = password.length() > ESTIMATED_PREFIX ? password.substring(0, ESTIMATED_PREFIX) : password;
        Strength strength = ESTIMATOR.measure(estimated);
        if (strength.getScore() >= MIN_SCORE) return java.util.Optional.empty();
        List<String> parts = new ArrayList<>();
        String warning = strength.getFeedback().getWarning();
        if (warning != null && !warning.isBlank()) parts.add(sentence(warning));
        for (String suggestion : strength.getFeedback().getSuggestions()) {
            if (suggestion != null && !suggestion.isBlank()) parts.add(sentence(suggestion));
        }
        if (parts.isEmpty()) parts.add("A few uncommon words together make a password that is hard to guess and easy to remember.");
        return java.util.Optional.of("is too easy to guess. " + String.join(" ", parts));
    }

    private static String sentence(String text) {
        String s = text.strip();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }
}
