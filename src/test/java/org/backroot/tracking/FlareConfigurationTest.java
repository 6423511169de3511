package org.backroot.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.backroot.tracking.domain.FlareDetector;
import org.backroot.tracking.domain.FlareThresholds;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class FlareConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FlareConfiguration.FlareProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, FlareConfiguration.class);

    @Test
    void bindsThePublishedDefinitionByDefault() {
        runner.run(context -> {
            assertThat(context.getBean(FlareThresholds.class)).isEqualTo(FlareThresholds.defaults());
            assertThat(context.getBean(FlareDetector.class).thresholds()).isEqualTo(FlareThresholds.defaults());
        });
    }

    @Test
    void aClinicCanSetTheNumbersOnceForEveryModule() {
        runner.withPropertyValues("backroot.flare.pain-rise=3", "backroot.flare.sustained-days=3", "backroot.flare.baseline-days=10")
                .run(context -> assertThat(context.getBean(FlareThresholds.class))
                        .extracting(FlareThresholds::painRise, FlareThresholds::sustainedDays, FlareThresholds::baselineDays)
                        .containsExactly(3, 3, 10));
    }

    @Test
    void aFractionalPainRiseStopsStartUpWithAMessageNamingTheKeyAndWhatIsExpected() {
        runner.withPropertyValues("backroot.flare.pain-rise=2.5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure()))
                    .isEqualTo("backroot.flare.pain-rise must be a whole number of points from 1 to 10, was 2.5");
        });
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsAccepted() {
        runner.withPropertyValues("backroot.flare.pain-rise=2.0")
                .run(context -> assertThat(context.getBean(FlareThresholds.class).painRise()).isEqualTo(2));
    }

    @Test
    void outOfRangeValuesNameTheirKey() {
        runner.withPropertyValues("backroot.flare.pain-rise=11")
                .run(context -> assertThat(rootMessage(context.getStartupFailure())).startsWith("backroot.flare.pain-rise must be"));
        runner.withPropertyValues("backroot.flare.min-baseline-checkins=20")
                .run(context -> assertThat(rootMessage(context.getStartupFailure()))
                        .isEqualTo("backroot.flare.min-baseline-checkins must be a whole number of check-ins from 1 to 14, was 20"));
        runner.withPropertyValues("backroot.flare.sustained-days=0")
                .run(context -> assertThat(rootMessage(context.getStartupFailure())).startsWith("backroot.flare.sustained-days must be"));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage();
    }
}
