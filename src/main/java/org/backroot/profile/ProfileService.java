package org.backroot.profile;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.SelfTestService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.ItemContribution;
import org.backroot.assessment.domain.SelfTestThresholds;
import org.backroot.profile.domain.FactorCheck;
import org.backroot.profile.domain.ItemEvidence;
import org.backroot.profile.domain.Profile;
import org.backroot.profile.domain.ProfileCalculator;
import org.springframework.stereotype.Service;

/** Builds a person's root-cause profile from their newest factor checks and self-test values. */
@Service
public class ProfileService {

    private final AssessmentService assessments;
    private final SelfTestService selfTests;
    private final SelfTestThresholds thresholds;
    private final Clock clock;

    ProfileService(AssessmentService assessments, SelfTestService selfTests, SelfTestThresholds thresholds, Clock clock) {
        this.assessments = assessments;
        this.selfTests = selfTests;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    public Profile profile(String userId) {
        Map<String, StoredResponse> latest = assessments.latestPerInstrument(userId);
        Map<String, FactorCheck> checks = new LinkedHashMap<>();
        for (Instrument instrument : assessments.instruments()) {
            if (instrument.purpose() != InstrumentPurpose.FACTOR) continue;
            StoredResponse response = latest.get(instrument.id());
            if (response != null && response.complete() && response.score() != null) {
                checks.put(instrument.factor(), new FactorCheck(instrument.factor(), response.score(),
                        response.contributions().stream().map(ProfileService::evidence).toList()));
            }
        }
        return ProfileCalculator.compute(checks, selfTests.latestValues(userId).orElse(null), thresholds, clock.instant());
    }

    private static ItemEvidence evidence(ItemContribution c) {
        return new ItemEvidence(c.linkId(), c.facet(), c.text(), c.answerLabel(), c.points(), c.maxPoints());
    }
}
