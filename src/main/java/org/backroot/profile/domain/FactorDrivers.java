package org.backroot.profile.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.backroot.assessment.domain.Finding;

/** Picks what pushed a factor's load up: the items answered furthest up their scale and the flagged self-tests. */
final class FactorDrivers {

    static final int MAX_ITEMS = 3;
    static final int MAX_TESTS = 3;
    static final int MAX_DRIVERS = 5;

    /** A driver with how strongly it pushed (0-100) and a short name for the summary sentence. */
    record Ranked(Driver driver, double strength, String shortName) {
    }

    private FactorDrivers() {
    }

    /** Strongest first; items by share of their range, tests by severity. Ties keep questionnaire order. */
    static List<Ranked> rank(List<ItemEvidence> items, List<Finding> flaggedTests) {
        List<Ranked> ranked = new ArrayList<>();
        items.stream().filter(i -> i.points() > 0)
                .sorted(Comparator.comparingDouble(ItemEvidence::share).reversed())
                .limit(MAX_ITEMS)
                .map(FactorDrivers::item)
                .forEach(ranked::add);
        flaggedTests.stream()
                .sorted(Comparator.comparingInt(Finding::severity).reversed())
                .limit(MAX_TESTS)
                .map(FactorDrivers::test)
                .forEach(ranked::add);
        return ranked.stream().sorted(Comparator.comparingDouble(Ranked::strength).reversed()).limit(MAX_DRIVERS).toList();
    }

    private static Ranked item(ItemEvidence item) {
        String detail = "You answered “" + item.answerLabel() + "” to “" + item.text() + "”";
        String clinical = "Answered “" + item.answerLabel() + "” to “" + item.text() + "”";
        return new Ranked(new Driver(DriverKind.ITEM, item.linkId(), detail, clinical), 100 * item.share(),
                "your answers about " + item.facet().replace('-', ' '));
    }

    private static Ranked test(Finding finding) {
        String side = finding.side() == null ? "" : finding.side().code();
        String ref = finding.test().code() + (side.isEmpty() ? "" : ":" + side);
        String name = "the " + finding.test().label().toLowerCase(Locale.ROOT) + (side.isEmpty() ? "" : " (" + side + ")");
        String clinical = finding.test().label() + (side.isEmpty() ? "" : ", " + side) + ": " + finding.value() + " (" + finding.flag().code() + ")";
        return new Ranked(new Driver(DriverKind.TEST, ref, finding.note(), clinical), finding.severity(), name);
    }
}
