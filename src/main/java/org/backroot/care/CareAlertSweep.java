package org.backroot.care;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises the alerts that time alone brings (no check-in for 5 days, a re-screen due, a calm phase past 14 days, a
 * week of low adherence, a red-flag screen answered since) by going over every person who has a clinician, every
 * {@code backroot.care.alerts.sweep-every} (a minute). Several instances may sweep at once: raising is idempotent.
 */
@Component
@EnableConfigurationProperties(CareAlertSweep.SweepProperties.class)
class CareAlertSweep {

    private static final Logger log = LoggerFactory.getLogger(CareAlertSweep.class);
    private static final int PAGE = 200;

    /** @param sweepEvery how often the linked people's alerts are raised from their signals */
    @ConfigurationProperties("backroot.care.alerts")
    record SweepProperties(@DefaultValue("1m") Duration sweepEvery) {
        SweepProperties {
            if (sweepEvery == null || sweepEvery.isNegative() || sweepEvery.isZero()) {
                throw new IllegalArgumentException("backroot.care.alerts.sweep-every must be positive");
            }
        }
    }

    private final CareAlertRepository people;
    private final CareAlerts alerts;

    CareAlertSweep(CareAlertRepository people, CareAlerts alerts) {
        this.people = people;
        this.alerts = alerts;
    }

    @Scheduled(initialDelayString = "${backroot.care.alerts.sweep-every:1m}", fixedDelayString = "${backroot.care.alerts.sweep-every:1m}")
    void onSchedule() {
        try {
            sweep();
        } catch (RuntimeException e) { // the next run tries again
            log.warn("Could not sweep care alerts this time", e);
        }
    }

    /** Evaluates every linked person once; one person's failure is logged and the others still get theirs. */
    int sweep() {
        int evaluated = 0;
        String after = null;
        while (true) {
            List<String> page = people.linkedPeople(after, PAGE);
            for (String personId : page) {
                try {
                    alerts.evaluate(personId);
                    evaluated++;
                } catch (RuntimeException e) {
                    log.warn("Could not raise the care alerts of one person this time", e);
                }
            }
            if (page.size() < PAGE) return evaluated;
            after = page.get(page.size() - 1);
        }
    }
}
