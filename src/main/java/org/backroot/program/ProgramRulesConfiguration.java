package org.backroot.program;

import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.CalmSchedule;
import org.backroot.program.domain.PainMonitoringRules;
import org.backroot.tracking.domain.FlareDetector;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The adaptation thresholds as configuration, with the published values as defaults: the
 * pain-monitoring model (Silbernagel 2007; its use for the back is an extrapolation) under
 * {@code backroot.program.pain-monitoring.*}, and the calm phase's schedule under {@code backroot.program.calm.*}.
 * What a flare is comes from tracking's one definition, bound there from {@code backroot.flare.*}.
 */
@Configuration(proxyBeanMethods = false)
class ProgramRulesConfiguration {

    @ConfigurationProperties("backroot.program.pain-monitoring")
    record PainMonitoringProperties(@DefaultValue("5") int acceptablePainDuring, @DefaultValue("2") int nextMorningRiseAllowed,
                                    @DefaultValue("0.70") double adherenceToProgress, @DefaultValue("2") int weeksToProgress) {
    }

    /** The calm phase's schedule (see {@link CalmSchedule}); what a flare is comes from tracking's {@code backroot.flare.*}. */
    @ConfigurationProperties("backroot.program.calm")
    record CalmProperties(@DefaultValue("14") int maxDays, @DefaultValue("2") int settledDays, @DefaultValue("1") int settledWithin,
                          @DefaultValue("7") int taperDays) {
    }

    @Bean
    PainMonitoringRules painMonitoringRules(PainMonitoringProperties p) {
        return new PainMonitoringRules(p.acceptablePainDuring(), p.nextMorningRiseAllowed(), p.adherenceToProgress(), p.weeksToProgress());
    }

    @Bean
    CalmRules calmRules(FlareDetector flares, CalmProperties p) {
        return new CalmRules(flares, new CalmSchedule(p.maxDays(), p.settledDays(), p.settledWithin(), p.taperDays()));
    }
}
