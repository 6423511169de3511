package org.backroot.assessment;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import org.backroot.assessment.domain.SelfTestEvaluator;
import org.backroot.assessment.domain.SelfTestThreshold;
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
        return withOverrides(SelfTestThresholds.defaults(), properties.thresholds());
    }

    @Bean
    SelfTestEvaluator selfTestEvaluator(SelfTestThresholds thresholds) {
        return new SelfTestEvaluator(thresholds);
    }

    static SelfTestThresholds withOverrides(SelfTestThresholds defaults, Map<String, Double> overrides) {
        RecordComponent[] components = SelfTestThresholds.class.getRecordComponents();
        var known = Arrays.stream(components).map(RecordComponent::getName).toList();
        overrides.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("backroot.self-tests.thresholds." + unknown + " is not a known threshold; known: " + known);
        });
        try {
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                SelfTestThreshold base = (SelfTestThreshold) components[i].getAccessor().invoke(defaults);
                Double override = overrides.get(components[i].getName());
                values[i] = override == null ? base : new SelfTestThreshold(override, "set by this installation's configuration (default "
                        + base.value() + ": " + base.source() + ")");
                types[i] = components[i].getType();
            }
            return SelfTestThresholds.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot apply self-test threshold overrides", e);
        }
    }
}
