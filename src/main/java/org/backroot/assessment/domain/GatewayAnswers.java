package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.web.domain.FieldError;

/**
 * Reads a screening page that asks gateways (see {@link Gateway}). Only the mapping lives here; what the answers mean
 * is decided by the safety rules on the items, exactly as if every item had been asked.
 */
public final class GatewayAnswers {

    /** The hidden field a page with gateways sends, so a post of the items alone (the API, older pages) is read as before. */
    public static final String MARKER = "gateways";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String UNSURE = "unsure";

    private GatewayAnswers() {
    }

    /** True when the form came from a page that asked the gateways. */
    public static boolean asked(Instrument instrument, Map<String, String> form) {
        return !instrument.gateways().isEmpty() && form.containsKey(MARKER);
    }

    /**
     * The form with every item behind a gateway answered "no" set to "no"; items behind a "yes" or "not sure" gateway
     * keep their own answers (follow-ups). Safety first: a sign the person did mark behind a "no" gateway (possible
     * only when they answered a follow-up and then the gateway) is kept, never dropped by the page's grouping.
     */
    public static Map<String, String> expand(Instrument instrument, Map<String, String> form) {
        Map<String, String> expanded = new LinkedHashMap<>(form);
        for (Gateway gateway : instrument.gateways()) {
            if (!NO.equals(form.get(gateway.field()))) continue;
            for (String linkId : gateway.items()) {
                String given = form.get(linkId);
                if (given == null || given.isBlank()) expanded.put(linkId, NO);
            }
        }
        return expanded;
    }

    /** A problem for each gateway left unanswered, naming it in plain words; its follow-ups are not asked then. */
    public static List<FieldError> unanswered(Instrument instrument, Map<String, String> form) {
        List<FieldError> problems = new ArrayList<>();
        for (Gateway gateway : instrument.gateways()) {
            String value = form.get(gateway.field());
            if (value == null || value.isBlank()) problems.add(new FieldError(gateway.field(), "Please answer: " + gateway.text()));
            else if (!List.of(YES, NO, UNSURE).contains(value)) problems.add(new FieldError(gateway.field(), "Please choose yes, no or not sure: " + gateway.text()));
        }
        return problems;
    }

    /** The linkIds whose questions the person never saw: those behind an unanswered gateway. */
    public static List<String> hiddenBehindUnanswered(Instrument instrument, Map<String, String> form) {
        List<String> hidden = new ArrayList<>();
        for (Gateway gateway : instrument.gateways()) {
            String value = form.get(gateway.field());
            if (value == null || value.isBlank() || !List.of(YES, NO, UNSURE).contains(value)) hidden.addAll(gateway.items());
        }
        return hidden;
    }

    /**
     * Gateway answers implied by earlier item answers, so a repeat screen opens as it was left: "no" when every item
     * behind a gateway was "no", "yes" when any was something else, nothing when none was answered.
     */
    public static Map<String, String> fromItems(Instrument instrument, Map<String, String> items) {
        Map<String, String> gates = new LinkedHashMap<>();
        for (Gateway gateway : instrument.gateways()) {
            List<String> answers = gateway.items().stream().map(items::get).filter(v -> v != null && !v.isBlank()).toList();
            if (answers.isEmpty()) continue;
            gates.put(gateway.field(), answers.size() == gateway.items().size() && answers.stream().allMatch(NO::equals) ? NO : YES);
        }
        return gates;
    }

    /** True when the gateway's follow-ups are asked (answered yes or not sure). */
    public static boolean open(Gateway gateway, Map<String, String> form) {
        String value = form.get(gateway.field());
        return YES.equals(value) || UNSURE.equals(value);
    }
}
