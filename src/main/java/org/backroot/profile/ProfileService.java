package org.backroot.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.backroot.account.AboutYouService;
import org.backroot.account.PersonalClock;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.SelfTestService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.ItemContribution;
import org.backroot.assessment.domain.SelfTestThresholds;
import org.backroot.assessment.domain.SelfTestValues;
import org.backroot.profile.domain.FactorCheck;
import org.backroot.profile.domain.ItemEvidence;
import org.backroot.profile.domain.Profile;
import org.backroot.profile.domain.ProfileCalculator;
import org.springframework.stereotype.Service;

/** Builds a person's profile of likely contributors from their newest factor checks and self-test values. */
@Service
public class ProfileService {

    private final AssessmentService assessments;
    private final SelfTestService selfTests;
    private final AboutYouService aboutYou;
    private final SelfTestThresholds thresholds;
    private final Clock clock;
    private final PersonalClock personalClock;
    private final org.backroot.assessment.domain.GuideCatalog guides;

    ProfileService(AssessmentService assessments, SelfTestService selfTests, AboutYouService aboutYou, SelfTestThresholds thresholds,
                   Clock clock, PersonalClock personalClock, org.backroot.assessment.domain.GuideCatalog guides) {
        this.guides = guides;
        this.assessments = assessments;
        this.aboutYou = aboutYou;
        this.selfTests = selfTests;
        this.thresholds = thresholds;
        this.clock = clock;
        this.personalClock = personalClock;
    }

    public Profile profile(String userId) {
        SelfTestValues tests = selfTests.latestValues(userId).orElse(null);
        return ProfileCalculator.compute(checks(assessments.latestPerInstrument(userId)), tests, ageOn(userId, tests), thresholds,
                clock.instant());
    }

    /**
     * The profile as it stood just before the newest answer to one step: without the newest response of the
     * instrument {@code step} (its earlier response, if any, counts instead), or, for a self-test key, without the
     * newest sitting that measured it.
     */
    public Profile profileBefore(String userId, String step) {
        Map<String, StoredResponse> latest = new LinkedHashMap<>();
        boolean instrument = assessments.instruments().stream().anyMatch(i -> i.id().equals(step));
        for (StoredResponse r : assessments.responses(userId, null)) {
            if (instrument && r.instrumentId().equals(step) && !latest.containsKey("skipped:" + step)) {
                latest.put("skipped:" + step, r); // the newest one is left out
                continue;
            }
            latest.putIfAbsent(r.instrumentId(), r);
        }
        latest.remove("skipped:" + step);
        SelfTestValues tests = instrument ? selfTests.latestValues(userId).orElse(null) : valuesWithoutNewestSittingOf(userId, step);
        return ProfileCalculator.compute(checks(latest), tests, ageOn(userId, tests), thresholds, clock.instant());
    }

    private SelfTestValues valuesWithoutNewestSittingOf(String userId, String testKey) {
        List<String> fields = guides.get(testKey).map(org.backroot.assessment.domain.Guide::fieldNames).orElse(List.of());
        List<org.backroot.assessment.StoredSelfTest> sittings = new ArrayList<>(selfTests.history(userId));
        sittings.stream().filter(s -> s.measurements().keySet().stream().anyMatch(fields::contains)).findFirst().ifPresent(sittings::remove);
        if (sittings.isEmpty()) return null;
        Map<String, Object> merged = new LinkedHashMap<>();
        sittings.forEach(s -> s.measurements().forEach(merged::putIfAbsent));
        merged.put(SelfTestValues.TAKEN_ON, sittings.get(0).takenOn().toString());
        return SelfTestValues.fromMap(merged, sittings.get(0).takenOn());
    }

    /** One point per assessment: the profile as it stood at the end of each day a factor check was answered. */
    public List<ProfileSnapshot> history(String userId) {
        List<StoredResponse> factorResponses = assessments.responses(userId, null).stream()
                .filter(r -> factorOf(r.instrumentId()) != null).toList();
        TreeSet<LocalDate> days = factorResponses.stream().map(r -> personalClock.dateOf(userId, r.completedAt()))
                .collect(Collectors.toCollection(TreeSet::new));
        List<ProfileSnapshot> snapshots = new ArrayList<>();
        for (LocalDate day : days) {
            Map<String, StoredResponse> asOf = new LinkedHashMap<>();
            factorResponses.stream().filter(r -> !personalClock.dateOf(userId, r.completedAt()).isAfter(day)).forEach(r -> asOf.putIfAbsent(r.instrumentId(), r));
            SelfTestValues tests = selfTests.latestValues(userId, day).orElse(null);
            Profile p = ProfileCalculator.compute(checks(asOf), tests, ageOn(userId, tests), thresholds,
                    personalClock.startOf(userId, day));
            Map<String, Integer> loads = new LinkedHashMap<>();
            p.factors().forEach(f -> loads.put(f.id(), f.load()));
            snapshots.add(new ProfileSnapshot(day, loads));
        }
        return snapshots;
    }

    /** The person's age on the day of the tests, from About you; null without tests or a year of birth. */
    private Integer ageOn(String userId, SelfTestValues tests) {
        if (tests == null) return null;
        OptionalInt age = aboutYou.about(userId).ageOn(tests.takenOn());
        return age.isPresent() ? age.getAsInt() : null;
    }

    /** The factor loads on one day; a null load means not assessed by then. */
    public record ProfileSnapshot(LocalDate date, Map<String, Integer> loads) {
    }

    private Map<String, FactorCheck> checks(Map<String, StoredResponse> latest) {
        Map<String, FactorCheck> checks = new LinkedHashMap<>();
        // Full checks come before their short screens in the catalog's order, so a full check, once answered, wins.
        for (Instrument instrument : assessments.instruments()) {
            if (instrument.purpose() != InstrumentPurpose.FACTOR || checks.containsKey(instrument.factor())) continue;
            StoredResponse response = latest.get(instrument.id());
            if (response != null && response.complete() && response.score() != null) {
                checks.put(instrument.factor(), new FactorCheck(instrument.factor(), response.score(),
                        response.contributions().stream().map(ProfileService::evidence).toList(), instrument.isShortForm()));
            }
        }
        return checks;
    }

    private String factorOf(String instrumentId) {
        return assessments.instruments().stream().filter(i -> i.id().equals(instrumentId) && i.purpose() == InstrumentPurpose.FACTOR)
                .map(Instrument::factor).findFirst().orElse(null);
    }

    private static ItemEvidence evidence(ItemContribution c) {
        return new ItemEvidence(c.linkId(), c.facet(), c.text(), c.answerLabel(), c.points(), c.maxPoints());
    }
}
