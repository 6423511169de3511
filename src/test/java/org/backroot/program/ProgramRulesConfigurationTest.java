package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.CalmSchedule;
import org.backroot.tracking.domain.FlareDetector;
import org.backroot.program.domain.PainMonitoringRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class ProgramRulesConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ProgramRulesConfiguration.PainMonitoringProperties.class, ProgramRulesConfiguration.CalmProperties.class})
    static class Properties {
        @org.springframework.context.annotation.Bean
        FlareDetector flareDetector() {
            return new FlareDetector();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, ProgramRulesConfiguration.class);

    @Test
    void usesThePublishedValuesByDefault() {
        runner.run(context -> {
            assertThat(context.getBean(PainMonitoringRules.class)).isEqualTo(PainMonitoringRules.DEFAULT);
            assertThat(context.getBean(CalmRules.class).schedule()).isEqualTo(CalmSchedule.DEFAULT);
        });
    }

    @Test
    void aClinicCanTightenTheThresholds() {
        runner.withPropertyValues("backroot.program.pain-monitoring.acceptable-pain-during=4", "backroot.program.calm.max-days=10")
                .run(context -> {
                    assertThat(context.getBean(PainMonitoringRules.class).acceptablePainDuring()).isEqualTo(4);
                    assertThat(context.getBean(CalmRules.class).schedule().maxDays()).isEqualTo(10);
                });
    }

    @Test
    void refusesToStartWithAnImpossibleThreshold() {
        runner.withPropertyValues("backroot.program.pain-monitoring.acceptable-pain-during=12")
                .run(context -> assertThat(context).hasFailed());
    }
}
