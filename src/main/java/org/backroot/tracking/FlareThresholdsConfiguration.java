package org.backroot.tracking;

import org.backroot.tracking.domain.FlareThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pain-defined flare from configuration ({@code backroot.flare.*}, shared with the program's flare rules). */
@Configuration(proxyBeanMethods = false)
class FlareThresholdsConfiguration {

    @ConfigurationProperties("backroot.flare")
    record TrackingFlareProperties(@DefaultValue("2") double painRise, @DefaultValue("14") int baselineDays,
                                   @DefaultValue("3") int minBaselineCheckins) {
    }

    @Bean
    FlareThresholds flareThresholds(TrackingFlareProperties p) {
        return new FlareThresholds(p.baselineDays(), p.minBaselineCheckins(), p.painRise(), FlareThresholds.DEFAULT_SOURCE);
    }
}
