package org.backroot.backup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the nightly backup. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupConfiguration {
}
