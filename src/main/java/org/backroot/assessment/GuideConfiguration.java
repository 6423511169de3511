package org.backroot.assessment;

import org.backroot.assessment.domain.GuideCatalog;
import org.backroot.assessment.domain.SelfTestThresholds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The self-test guides, loaded and validated once at start-up. */
@Configuration(proxyBeanMethods = false)
class GuideConfiguration {

    @Bean
    GuideCatalog guideCatalog(SelfTestThresholds thresholds) {
        return GuideCatalog.load(thresholds);
    }
}
