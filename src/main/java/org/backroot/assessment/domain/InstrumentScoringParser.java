package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@code scoring:} section of an instrument file; see {@link InstrumentParser}. */
final class InstrumentScoringParser {

    private static final Set<String> SCORING_KEYS = Set.of("method", "maxMissing", "rescale", "subscales", "bands");
    private static final Set<String> SUBSCALE_KEYS = Set.of("id", "items", "method");
    private static final Set<String> BAND_KEYS = Set.of("band", "when");
    private static final Set<String> WHEN_KEYS = Set.of("subscale", "min", "max");

    Scoring parse(Object raw, String file, List<String> problems) {
        InstrumentYamlMap scoring = InstrumentYamlMap.of(raw, file + ": scoring", problems);
        if (scoring == null) return null;
        int before = problems.size();
        scoring.rejectKeysOtherThan(SCORING_KEYS);
        ScoringMethod method = method(scoring, ScoringMethod.SUM);
        Integer maxMissing = scoring.integer("maxMissing");
        boolean rescale = scoring.flag("rescale", false);
        List<Subscale> subscales = subscales(scoring, method);
        List<BandRule> bands = bands(scoring);
        if (problems.size() != before) return null;
        try {
            return new Scoring(method, maxMissing == null ? 0 : maxMissing, rescale, subscales, bands);
        } catch (IllegalArgumentException e) {
            scoring.problem(e.getMessage());
            return null;
        }
    }

    private static ScoringMethod method(InstrumentYamlMap map, ScoringMethod fallback) {
        String name = map.text("method");
        if (name == null) return fallback;
        try {
            return ScoringMethod.fromJsonName(name);
        } catch (IllegalArgumentException e) {
            map.problem(e.getMessage());
            return fallback;
        }
    }

    private static List<Subscale> subscales(InstrumentYamlMap scoring, ScoringMethod instrumentMethod) {
        List<Subscale> subscales = new ArrayList<>();
        for (Object raw : scoring.list("subscales")) {
            InstrumentYamlMap map = scoring.child(raw, scoring.where() + ": subscale");
            if (map == null) continue;
            map.rejectKeysOtherThan(SUBSCALE_KEYS);
            try {
                subscales.add(new Subscale(map.text("id"), map.textList("items"), method(map, instrumentMethod)));
            } catch (IllegalArgumentException e) {
                scoring.problem(e.getMessage());
            }
        }
        return subscales;
    }

    private static List<BandRule> bands(InstrumentYamlMap scoring) {
        List<BandRule> bands = new ArrayList<>();
        for (Object raw : scoring.list("bands")) {
            InstrumentYamlMap map = scoring.child(raw, scoring.where() + ": band");
            if (map == null) continue;
            map.rejectKeysOtherThan(BAND_KEYS);
            BandRule rule = band(scoring, map);
            if (rule != null) bands.add(rule);
        }
        return bands;
    }

    private static BandRule band(InstrumentYamlMap scoring, InstrumentYamlMap map) {
        String band = map.text("band");
        String where = scoring.where() + ": band '" + band + "' when";
        InstrumentYamlMap when = map.has("when") ? scoring.child(map.raw("when"), where) : scoring.emptyChild(where);
        if (when == null) return null;
        when.rejectKeysOtherThan(WHEN_KEYS);
        try {
            return new BandRule(band, when.text("subscale"), when.number("min"), when.number("max"));
        } catch (IllegalArgumentException e) {
            scoring.problem(e.getMessage());
            return null;
        }
    }
}
