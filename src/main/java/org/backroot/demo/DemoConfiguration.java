package org.backroot.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Demo mode ({@code --demo}): a {@link DemoClock} that replaces the app's clock (primary over the shared
 * one); the {@link DemoSeeder}, under the same condition, fills the demo account before the web server opens.
 * Nothing outside this package knows the demo exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMode.class)
class DemoConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock();
    }
}
