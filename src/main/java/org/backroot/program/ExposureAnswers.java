package org.backroot.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backroot.program.domain.PendingExposure;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * The answers of one graded-exposure experiment as they arrive from JSON or a page form (numbers as numbers or text,
 * yes/no as booleans or "true"/"false"/"yes"/"no"); blank means not given. Every bad value is a field error.
 */
record ExposureAnswers(LocalDate date, Integer harmExpected, Boolean harmHappened, Integer fearBefore, Integer fearAfter,
                       Integer expectedPain, Integer actualPain) {

    static final String PERCENT = "must be a whole number from 0 (sure it will not happen) to 100 (sure it will happen)";
    static final String FEAR = "must be a whole number from 0 (not afraid at all) to 100 (the most afraid you can imagine)";
    static final String PAIN = "must be a whole number from 0 (no pain) to 10 (worst pain imaginable)";
    static final String YES_NO = "must be yes (it happened) or no (it did not)";

    /** Each answer's question as the fear-ladder page asks it, so a refusal names the question. */
    static final Map<String, String> LABELS = Map.of(
            "date", "The day you tried it",
            PendingExposure.HARM_EXPECTED, "How likely did you think it was that this step would harm your back?",
            PendingExposure.HARM_HAPPENED, "Did what you feared happen?",
            PendingExposure.FEAR_BEFORE, "How afraid were you of it just before?",
            PendingExposure.FEAR_AFTER, "How afraid are you of it now?",
            "expectedPain", "How much pain did you expect?",
            "actualPain", "How much did it hurt?");

    static ExposureAnswers read(Map<String, ?> raw, LocalDate today) {
        Map<String, ?> in = raw == null ? Map.of() : raw;
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(in.get("date"), today, errors);
        ExposureAnswers a = new ExposureAnswers(date,
                whole(in, PendingExposure.HARM_EXPECTED, 100, PERCENT, errors),
                yesNo(in, PendingExposure.HARM_HAPPENED, errors),
                whole(in, PendingExposure.FEAR_BEFORE, 100, FEAR, errors),
                whole(in, PendingExposure.FEAR_AFTER, 100, FEAR, errors),
                whole(in, "expectedPain", 10, PAIN, errors),
                whole(in, "actualPain", 10, PAIN, errors));
        if (!errors.isEmpty()) throw new ValidationException(errors, LABELS);
        return a;
    }

    /** A 400 naming each field of {@code required} that is still missing after these answers, with what it asks. */
    static void require(List<String> missing, List<String> required) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : required) {
            if (missing.contains(field)) errors.add(new FieldError(field, question(field)));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors, LABELS);
    }

    /** What a missing answer needs; the question itself is its label ({@link #LABELS}). */
    static String question(String field) {
        return switch (field) {
            case PendingExposure.HARM_EXPECTED -> "needs an answer from 0 % (sure it would not) to 100 % (sure it would)";
            case PendingExposure.FEAR_BEFORE, PendingExposure.FEAR_AFTER -> "needs an answer from 0 (not afraid at all) to 100 (the most afraid you can imagine)";
            case PendingExposure.HARM_HAPPENED -> "needs an answer: yes or no";
            default -> "needs an answer";
        };
    }

    private static LocalDate date(Object value, LocalDate today, List<FieldError> errors) {
        try {
            return DateInput.readPast("date", value instanceof CharSequence || value == null ? value : value.toString(), today, today);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return today;
        }
    }

    private static Integer whole(Map<String, ?> in, String field, int max, String message, List<FieldError> errors) {
        Object v = in.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) return null;
        Integer n = null;
        if (v instanceof Integer i) n = i;
        else if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) n = l.intValue();
        else if (v instanceof String s) {
            try {
                n = Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                n = null;
            }
        }
        if (n == null || n < 0 || n > max) {
            errors.add(new FieldError(field, message));
            return null;
        }
        return n;
    }

    private static Boolean yesNo(Map<String, ?> in, String field, List<FieldError> errors) {
        Object v = in.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) return null;
        if (v instanceof Boolean b) return b;
        String s = v.toString().strip();
        if (s.equals("true") || s.equals("yes")) return true;
        if (s.equals("false") || s.equals("no")) return false;
        errors.add(new FieldError(field, YES_NO));
        return null;
    }
}
