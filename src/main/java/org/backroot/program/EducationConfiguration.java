package org.backroot.program;

import org.backroot.program.domain.EducationCards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "why this helps" cards from {@code education/cards.yaml}, validated once at start-up. */
@Configuration(proxyBeanMethods = false)
class EducationConfiguration {

    @Bean
    EducationCards educationCards() {
        return EducationCards.load(EducationConfiguration.class.getClassLoader());
    }
}
