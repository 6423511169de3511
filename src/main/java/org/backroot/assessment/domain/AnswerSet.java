package org.backroot.assessment.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers to one instrument that passed {@link ResponseValidator}: every key is a linkId of the
 * instrument and every value has the item's type — Integer (integer items and integer-valued
 * choices), Double (decimal items), String (string choices, text) or Boolean. Skipped items are absent.
 * Only the validator creates one, so holding an AnswerSet means the answers are valid.
 */
public final class AnswerSet {

    private final String instrumentId;
    private final Map<String, Object> values;

    AnswerSet(String instrumentId, Map<String, Object> values) {
        this.instrumentId = instrumentId;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String instrumentId() {
        return instrumentId;
    }

    public Optional<Object> value(String linkId) {
        return Optional.ofNullable(values.get(linkId));
    }

    public boolean isAnswered(String linkId) {
        return values.containsKey(linkId);
    }

    /** linkId → normalised value, in the instrument's item order. */
    public Map<String, Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerSet that && instrumentId.equals(that.instrumentId) && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return instrumentId.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return "AnswerSet[" + instrumentId + ", " + values + "]";
    }
}
