package org.backroot.program;

import org.backroot.program.domain.FlareRules;
import org.backroot.program.domain.PainMonitoringRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The adaptation thresholds as configuration, with the published values as defaults: the
 * pain-monitoring model (Silbernagel 2007; its use for the back is an extrapolation) under
 * {@code backroot.program.pain-monitoring.*}, and the pain-defined flare (Costa 2019/2021: 2 points above
 * the usual level) under {@code backroot.flare.*}, the keys the tracking module reads as well.
 */
@Configuration(proxyBeanMethods = false)
class ProgramRulesConfiguration {

    @ConfigurationProperties("backroot.program.pain-monitoring")
    record PainMonitoringProperties(@DefaultValue("5") int acceptablePainDuring, @DefaultValue("2") int nextMorningRiseAllowed,
                                    @DefaultValue("0.70") double adherenceToProgress, @DefaultValue("2") int weeksToProgress) {
    }

    @ConfigurationProperties("backroot.flare")
    record FlareProperties(@DefaultValue("2") int painRise, @DefaultValue("1") int settledWithin, @DefaultValue("2") int settledDays,
                           @DefaultValue("14") int baselineDays, @DefaultValue("3") int minBaselineCheckins) {
    }

    @Bean
    PainMonitoringRules painMonitoringRules(PainMonitoringProperties p) {
        return new PainMonitoringRules(p.acceptablePainDuring(), p.nextMorningRiseAllowed(), p.adherenceToProgress(), p.weeksToProgress());
    }

    @Bean
    FlareRules flareRules(FlareProperties p) {
        return new FlareRules(p.painRise(), p.settledWithin(), p.settledDays(), p.baselineDays(), p.minBaselineCheckins());
    }
}
