package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All instruments known to the app, parsed and validated together so start-up reports every
 * broken file at once. Lists them in the order a person meets them: screening, the six factor
 * checks in Backroot's factor order, then outcomes.
 */
public final class InstrumentCatalog {

    private static final Comparator<Instrument> DISPLAY_ORDER = Comparator
            .comparingInt((Instrument instrument) -> instrument.purpose().ordinal())
            .thenComparingInt(InstrumentCatalog::factorRank)
            .thenComparing(Instrument::id);

    private final List<Instrument> instruments;
    private final Map<String, Instrument> byId;

    private InstrumentCatalog(List<Instrument> instruments) {
        this.instruments = instruments.stream().sorted(DISPLAY_ORDER).toList();
        this.byId = new HashMap<>();
        this.instruments.forEach(instrument -> byId.put(instrument.id(), instrument));
    }

    /** Parses every source; throws {@link InstrumentValidationException} listing the problems of all files. */
    public static InstrumentCatalog load(List<InstrumentSource> sources) {
        InstrumentParser parser = new InstrumentParser();
        List<String> problems = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        List<Instrument> instruments = new ArrayList<>();
        for (InstrumentSource source : sources) {
            try {
                Instrument instrument = parser.parse(source.name(), source.yamlText());
                String earlier = fileById.putIfAbsent(instrument.id(), source.name());
                if (earlier != null) {
                    problems.add(source.name() + ": id '" + instrument.id() + "' is already used by " + earlier);
                } else {
                    instruments.add(instrument);
                }
                Instrument shortForm = instrument.shortForm().orElse(null);
                if (shortForm != null) {
                    String taken = fileById.putIfAbsent(shortForm.id(), source.name());
                    if (taken != null) problems.add(source.name() + ": its short screen's id '" + shortForm.id() + "' is already used by " + taken);
                    else instruments.add(shortForm);
                }
            } catch (InstrumentValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InstrumentValidationException(problems);
        return new InstrumentCatalog(instruments);
    }

    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @throws IllegalArgumentException naming the id when there is no such instrument */
    public Instrument get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no instrument with id '" + id + "'"));
    }

    public List<Instrument> all() {
        return instruments;
    }

    public List<Instrument> byPurpose(InstrumentPurpose purpose) {
        return instruments.stream().filter(instrument -> instrument.purpose() == purpose).toList();
    }

    /** The (full) factor check for a factor name such as {@code stress}. */
    public Optional<Instrument> forFactor(String factor) {
        return instruments.stream().filter(instrument -> factor.equals(instrument.factor()) && !instrument.isShortForm()).findFirst();
    }

    /** The short screens of the factor checks, in factor order. */
    public List<Instrument> shortForms() {
        return instruments.stream().filter(Instrument::isShortForm).toList();
    }

    private static int factorRank(Instrument instrument) {
        int rank = instrument.factor() == null ? -1 : Instrument.FACTORS.indexOf(instrument.factor());
        return rank < 0 ? Instrument.FACTORS.size() : rank;
    }
}
