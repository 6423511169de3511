package org.backroot.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.backroot.account.AboutYouService;
import org.backroot.account.PersonalClock;
import org.backroot.assessment.domain.Finding;
import org.backroot.assessment.domain.Guide;
import org.backroot.assessment.domain.GuideCatalog;
import org.backroot.assessment.domain.SelfTestEvaluator;
import org.backroot.assessment.domain.SelfTestValues;
import org.backroot.shared.ConflictException;
import org.backroot.shared.Ids;
import org.backroot.shared.Timestamps;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records home self-tests and gives the profile each person's most recent value of every measurement. */
@Service
public class SelfTestService {

    private final SelfTestRepository selfTests;
    private final SelfTestEvaluator evaluator;
    private final AboutYouService aboutYou;
    private final GuideCatalog guides;
    private final MovementPause pause;
    private final Clock clock;
    private final PersonalClock personalClock;

    SelfTestService(SelfTestRepository selfTests, SelfTestEvaluator evaluator, AboutYouService aboutYou, GuideCatalog guides,
                    MovementPause pause, Clock clock, PersonalClock personalClock) {
        this.selfTests = selfTests;
        this.aboutYou = aboutYou;
        this.evaluator = evaluator;
        this.guides = guides;
        this.pause = pause;
        this.clock = clock;
        this.personalClock = personalClock;
    }

    /** The person's own date now, the default day of a sitting. */
    public LocalDate today(String userId) {
        return personalClock.today(userId);
    }

    /** Whether movement checks are paused for this person's safety (physical tests are then neither run nor saved). */
    public boolean movementPaused(String userId) {
        return pause.paused(userId);
    }

    /**
     * Validates raw measurements (JSON or form values), evaluates and stores them.
     *
     * @throws ConflictException when they include a physical test while movement is paused for the person's safety
     */
    @Transactional
    public StoredSelfTest record(String userId, Map<String, ?> raw) {
        SelfTestValues values;
        try {
            values = SelfTestValues.fromMap(raw == null ? Map.of() : raw, personalClock.today(userId));
        } catch (ValidationException e) {
            throw new ValidationException(e.errors(), fieldLabels());
        }
        if (values.toMap().keySet().stream().anyMatch(name -> guides.guideOfField(name).map(Guide::physical).orElse(false))
                && pause.paused(userId)) {
            throw new ConflictException("Movement checks are paused for your safety",
                    "Your answers to the safety questions mean a clinician should check you before any movement test. "
                            + "Posture and breathing checks are still open.");
        }
        StoredSelfTest stored = new StoredSelfTest(Ids.newId(), userId, values.takenOn(), Timestamps.stored(clock.instant()),
                values.toMap(), findingsOf(userId, values));
        selfTests.insert(stored);
        return stored;
    }

    /** Each measurement's name as its self-test page shows it ("Left foot"), so a refusal names what to fix. */
    private Map<String, String> fieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(SelfTestValues.TAKEN_ON, "The day you did the test");
        guides.all().forEach(g -> g.fields().forEach(f -> labels.putIfAbsent(f.name(), f.label())));
        return labels;
    }

    public List<StoredSelfTest> history(String userId) {
        return selfTests.list(userId);
    }

    /**
     * The newest value of every measurement as entered, in the order of the self-tests and their fields, each with
     * the day it was taken: the raw numbers behind the findings.
     */
    public List<SelfTestReading> latestReadings(String userId) {
        Map<String, Object> value = new LinkedHashMap<>();
        Map<String, LocalDate> taken = new java.util.HashMap<>();
        for (StoredSelfTest sitting : selfTests.list(userId)) { // newest first
            sitting.measurements().forEach((k, v) -> {
                if (v != null && value.putIfAbsent(k, v) == null) taken.put(k, sitting.takenOn());
            });
        }
        List<SelfTestReading> readings = new java.util.ArrayList<>();
        for (Guide guide : guides.all()) {
            for (org.backroot.assessment.domain.GuideField field : guide.fields()) {
                Object v = value.get(field.name());
                if (v == null) continue;
                readings.add(new SelfTestReading(guide.title(), field.label(), shown(field, v), taken.get(field.name())));
            }
        }
        return readings;
    }

    private static String shown(org.backroot.assessment.domain.GuideField field, Object v) {
        for (org.backroot.assessment.domain.GuideOption o : field.options()) if (o.value().equals(String.valueOf(v))) return o.label();
        String number = v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(v);
        return field.unit() == null || field.unit().isBlank() ? number : number + " " + field.unit();
    }

    /**
     * The newest value of every measurement across sittings, since people often do one test a day.
     * Dated by the newest sitting that contributed.
     */
    public Optional<SelfTestValues> latestValues(String userId) {
        return latestValues(userId, null);
    }

    /** As {@link #latestValues(String)}, counting only sittings taken on or before the given day (null: all). */
    public Optional<SelfTestValues> latestValues(String userId, LocalDate asOf) {
        List<StoredSelfTest> sittings = selfTests.list(userId).stream()
                .filter(s -> asOf == null || !s.takenOn().isAfter(asOf)).toList();
        if (sittings.isEmpty()) return Optional.empty();
        Map<String, Object> merged = new LinkedHashMap<>();
        for (StoredSelfTest sitting : sittings) {
            sitting.measurements().forEach(merged::putIfAbsent);
        }
        merged.put(SelfTestValues.TAKEN_ON, sittings.get(0).takenOn().toString());
        return Optional.of(SelfTestValues.fromMap(merged, sittings.get(0).takenOn()));
    }

    /** The findings for this person's values, with balance read against people of their age when they gave it. */
    public List<StoredSelfTest.FindingView> findingsOf(String userId, SelfTestValues values) {
        OptionalInt age = aboutYou.about(userId).ageOn(values.takenOn());
        return evaluator.evaluate(values, age.isPresent() ? age.getAsInt() : null).stream().map(SelfTestService::view).toList();
    }

    private static StoredSelfTest.FindingView view(Finding f) {
        return new StoredSelfTest.FindingView(f.test().code(), f.side() == null ? null : f.side().code(), f.value(),
                f.flag().code(), f.severity(), f.note());
    }
}
