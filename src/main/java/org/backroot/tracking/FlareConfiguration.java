package org.backroot.tracking;

import java.math.BigDecimal;

import org.backroot.tracking.domain.FlareDetector;
import org.backroot.tracking.domain.FlareThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Backroot's one flare definition, bound once from {@code backroot.flare.*}: every module that needs a flare
 * asks the {@link FlareDetector} bean (or {@link FlareService}). A value that is not a whole number in range
 * stops start-up with a message that names the key, the range and the value given.
 */
@Configuration(proxyBeanMethods = false)
class FlareConfiguration {

    /**
     * @param painRise             points above the usual level that make a day's pain raised (1-10, default 2)
     * @param baselineDays         days before a date that make up the usual level (default 14)
     * @param minBaselineCheckins  fewest check-ins in that window for a usual level to exist (default 3)
     * @param sustainedDays        raised days in a row that make a flare without the person saying so (default 2)
     */
    @ConfigurationProperties("backroot.flare")
    record FlareProperties(@DefaultValue("2") BigDecimal painRise, @DefaultValue("14") BigDecimal baselineDays,
                           @DefaultValue("3") BigDecimal minBaselineCheckins, @DefaultValue("2") BigDecimal sustainedDays) {

        FlareProperties {
            whole("backroot.flare.pain-rise", painRise, 1, 10, "points");
            whole("backroot.flare.baseline-days", baselineDays, 1, 60, "days");
            whole("backroot.flare.min-baseline-checkins", minBaselineCheckins, 1, baselineDays.intValue(), "check-ins");
            whole("backroot.flare.sustained-days", sustainedDays, 1, 7, "days");
        }

        FlareThresholds thresholds() {
            return new FlareThresholds(baselineDays.intValue(), minBaselineCheckins.intValue(), painRise.intValue(),
                    sustainedDays.intValue(), FlareThresholds.DEFAULT_SOURCE);
        }

        private static void whole(String key, BigDecimal value, int min, int max, String unit) {
            boolean ok = value != null && value.stripTrailingZeros().scale() <= 0
                    && value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
            if (!ok) {
                throw new IllegalArgumentException(key + " must be a whole number of " + unit + " from " + min + " to " + max
                        + ", was " + (value == null ? "empty" : value.toPlainString()));
            }
        }
    }

    @Bean
    FlareThresholds flareThresholds(FlareProperties p) {
        return p.thresholds();
    }

    @Bean
    FlareDetector flareDetector(FlareThresholds thresholds) {
        return new FlareDetector(thresholds);
    }
}
