package org.backroot.account.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * Reads "about you" answers from JSON or a form, field by field, reporting every bad field at once. Every field
 * is optional; absent (missing, null or a blank form field) means "not answered". The year of birth may be
 * given as {@code birthYear} or as {@code age} (the age reached this year); when both are given they must agree.
 */
public final class AboutYouInput {

    public static final String BIRTH_YEAR = "birthYear";
    public static final String AGE = "age";
    public static final String SEX = "sex";
    public static final String PREGNANCY = "pregnancy";
    public static final String ACTIVE_CANCER_TREATMENT = "activeCancerTreatment";
    public static final String OSTEOPOROSIS_MEDICATION = "osteoporosisMedication";
    public static final List<String> FIELDS = List.of(BIRTH_YEAR, AGE, SEX, PREGNANCY, ACTIVE_CANCER_TREATMENT, OSTEOPOROSIS_MEDICATION);

    static final int MAX_AGE = 120;

    private AboutYouInput() {
    }

    /**
     * @param today the person's own date, against which an age becomes a year of birth
     * @throws ValidationException naming each bad field
     */
    public static AboutYou read(Map<String, ?> raw, LocalDate today) {
        Map<String, ?> values = raw == null ? Map.of() : raw;
        List<FieldError> errors = new ArrayList<>();
        int thisYear = today.getYear();
        int latestYear = thisYear - AboutYou.MIN_AGE;
        int earliestYear = Math.max(AboutYou.EARLIEST_BIRTH_YEAR, thisYear - MAX_AGE);

        Integer birthYear = whole(values, BIRTH_YEAR, earliestYear, latestYear, errors,
                "must be a year from " + earliestYear + " to " + latestYear + " (Backroot is for people aged " + AboutYou.MIN_AGE + " and over)");
        Integer age = whole(values, AGE, AboutYou.MIN_AGE, MAX_AGE, errors,
                "must be a whole number of years from " + AboutYou.MIN_AGE + " to " + MAX_AGE);
        if (age != null) {
            int fromAge = thisYear - age;
            // Someone who has not had this year's birthday yet was born a year earlier than "this year minus age".
            if (birthYear != null && birthYear != fromAge && birthYear != fromAge - 1) {
                errors.add(new FieldError(AGE, "does not match birthYear " + birthYear + "; give one or the other"));
            } else if (birthYear == null) {
                birthYear = fromAge;
            }
        }
        AboutYou.Sex sex = code(values, SEX, errors, AboutYou.Sex::fromCode);
        AboutYou.Pregnancy pregnancy = code(values, PREGNANCY, errors, AboutYou.Pregnancy::fromCode);
        Boolean cancer = bool(values, ACTIVE_CANCER_TREATMENT, errors);
        Boolean osteoporosis = bool(values, OSTEOPOROSIS_MEDICATION, errors);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return new AboutYou(birthYear, sex, pregnancy, cancer, osteoporosis).validOn(today);
    }

    private static boolean present(Map<String, ?> values, String field) {
        Object v = values.get(field);
        return v != null && !(v instanceof String s && s.isBlank());
    }

    private static Integer whole(Map<String, ?> values, String field, int min, int max, List<FieldError> errors, String expectation) {
        if (!present(values, field)) return null;
        Object v = values.get(field);
        Long n = null;
        if (v instanceof Integer || v instanceof Long || v instanceof Short) n = ((Number) v).longValue();
        else if (v instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) n = (long) num.doubleValue();
        else if (v instanceof String s && s.strip().matches("\\d{1,4}")) n = Long.parseLong(s.strip());
        if (n == null || n < min || n > max) {
            errors.add(new FieldError(field, expectation));
            return null;
        }
        return n.intValue();
    }

    private static <T> T code(Map<String, ?> values, String field, List<FieldError> errors, java.util.function.Function<String, T> parse) {
        if (!present(values, field)) return null;
        String text = values.get(field) instanceof String s ? s.strip().toLowerCase(Locale.ROOT) : "";
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            // "sex must be one of female, male, ... but was 'x'" -> "must be one of female, male, ... but was 'x'"
            errors.add(new FieldError(field, e.getMessage().substring(e.getMessage().indexOf(' ') + 1)));
            return null;
        }
    }

    private static Boolean bool(Map<String, ?> values, String field, List<FieldError> errors) {
        if (!present(values, field)) return null;
        Object v = values.get(field);
        if (v instanceof Boolean b) return b;
        if (v instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> {
                    return true;
                }
                case "false", "no" -> {
                    return false;
                }
                default -> { }
            }
        }
        errors.add(new FieldError(field, "must be true or false (or left out if you would rather not say)"));
        return null;
    }
}
