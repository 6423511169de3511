package org.backroot.program;

import org.backroot.program.domain.Course;
import org.backroot.program.domain.EducationCards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The "why this helps" cards from {@code education/cards.yaml} and the short course from
 * {@code education/course.yaml}, each validated once at start-up (a broken file stops start-up naming the file and every problem).
 */
@Configuration(proxyBeanMethods = false)
class EducationConfiguration {

    @Bean
    EducationCards educationCards() {
        return EducationCards.load(EducationConfiguration.class.getClassLoader());
    }

    @Bean
    Course course() {
        return Course.load(EducationConfiguration.class.getClassLoader());
    }
}
