package org.backroot.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.assessment.domain.AnswerOption;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.Item;
import org.backroot.web.domain.ValidationException;

/**
 * Turns a questionnaire form post (all strings) into answers typed like the JSON API sends them,
 * so both paths go through the same validation. Unparseable text is passed on as text, which the
 * validator then reports against the item.
 */
final class FormAnswers {

    private FormAnswers() {
    }

    static Map<String, Object> from(Instrument instrument, Map<String, String> form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            String raw = form.get(item.linkId());
            if (raw == null || raw.isBlank()) continue;
            answers.put(item.linkId(), typed(item, raw.trim()));
        }
        return answers;
    }

    /** What to fix, keyed by linkId, each naming its question (see {@link ValidationException#messagesByField()}). */
    static Map<String, String> byLinkId(ValidationException refused) {
        Map<String, String> out = new LinkedHashMap<>();
        refused.messagesByField().forEach((field, message) -> out.putIfAbsent(field.startsWith("answers.") ? field.substring("answers.".length()) : field, message));
        return out;
    }

    private static Object typed(Item item, String raw) {
        try {
            return switch (item.type()) {
                case INTEGER -> Long.parseLong(raw);
                case DECIMAL -> Double.parseDouble(raw);
                case BOOLEAN -> raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("yes") ? Boolean.TRUE
                        : raw.equalsIgnoreCase("false") || raw.equalsIgnoreCase("no") ? Boolean.FALSE : raw;
                case CHOICE -> hasIntegerValues(item) ? Long.parseLong(raw) : raw;
                case TEXT -> raw;
            };
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static boolean hasIntegerValues(Item item) {
        return item.options().stream().map(AnswerOption::value).allMatch(Integer.class::isInstance);
    }
}
