package org.backroot.insights;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person wants to see the 7-day flare estimate. It is off until they turn it on: a number about the
 * next flare can feed worry in someone who already fears movement, so they choose it.
 */
@Service
public class FlareRiskPreference {

    private final InsightPreferenceRepository repository;
    private final Clock clock;

    FlareRiskPreference(InsightPreferenceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public boolean shows(String userId) {
        return repository.showsFlareRisk(userId);
    }

    @Transactional
    public boolean set(String userId, boolean show) {
        repository.setShowFlareRisk(userId, show, clock.instant());
        return show;
    }

    /** The estimate as this person has chosen to see it (the number stays computed; pages show it only when opted in). */
    RiskView apply(String userId, RiskView risk) {
        return risk.withOptedIn(shows(userId));
    }
}
