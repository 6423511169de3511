package org.backroot.assessment;

import java.util.Map;

import org.backroot.assessment.domain.SelfTestEvaluator;
import org.backroot.assessment.domain.SelfTestThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Self-test cut-offs from configuration. The defaults are the published (or clearly marked
 * heuristic) values with their sources, in {@link SelfTestThresholds#defaults()}; a clinic
 * overrides any of them by name, e.g. {@code backroot.self-tests.thresholds.kneeToWallRestrictedBelowCm=9}.
 */
@Configuration(proxyBeanMethods = false)
class SelfTestThresholdsConfiguration {

    @ConfigurationProperties("backroot.self-tests")
    record SelfTestProperties(Map<String, Double> thresholds) {
        SelfTestProperties {
            thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        }
    }

    @Bean
    SelfTestThresholds selfTestThresholds(SelfTestProperties properties) {
        return SelfTestThresholds.defaults().overriddenBy(properties.thresholds());
    }

    @Bean
    SelfTestEvaluator selfTestEvaluator(SelfTestThresholds thresholds) {
        return new SelfTestEvaluator(thresholds);
    }
}
