package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.backroot.program.domain.FlareRules;
import org.backroot.program.domain.PainMonitoringRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class ProgramRulesConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ProgramRulesConfiguration.PainMonitoringProperties.class, ProgramRulesConfiguration.FlareProperties.class})
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, ProgramRulesConfiguration.class);

    @Test
    void usesThePublishedValuesByDefault() {
        runner.run(context -> {
            assertThat(context.getBean(PainMonitoringRules.class)).isEqualTo(PainMonitoringRules.DEFAULT);
            assertThat(context.getBean(FlareRules.class)).isEqualTo(FlareRules.DEFAULT);
        });
    }

    @Test
    void aClinicCanTightenTheThresholds() {
        runner.withPropertyValues("backroot.program.pain-monitoring.acceptable-pain-during=4", "backroot.flare.pain-rise=3")
                .run(context -> {
                    assertThat(context.getBean(PainMonitoringRules.class).acceptablePainDuring()).isEqualTo(4);
                    assertThat(context.getBean(FlareRules.class).flareRise()).isEqualTo(3);
                });
    }

    @Test
    void refusesToStartWithAnImpossibleThreshold() {
        runner.withPropertyValues("backroot.program.pain-monitoring.acceptable-pain-during=12")
                .run(context -> assertThat(context).hasFailed());
    }
}
