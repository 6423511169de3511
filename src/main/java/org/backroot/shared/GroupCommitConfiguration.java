package org.backroot.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The one {@link GroupCommitter} for the app, sized by {@code backroot.writes.*}. */
@Configuration(proxyBeanMethods = false)
class GroupCommitConfiguration {

    /**
     * @param maxBatch      most units committed together (one fsync); beyond this a batch is split
     * @param queueCapacity most units waiting; a full queue makes callers wait up to {@code timeout}
     * @param timeout       how long a caller waits for room in the queue plus its commit
     */
    @ConfigurationProperties("backroot.writes")
    record GroupCommitProperties(@DefaultValue("256") int maxBatch, @DefaultValue("4096") int queueCapacity,
                                 @DefaultValue("10s") Duration timeout) {
    }

    // close() runs before the DataSource is closed (the committer depends on it), so queued writes still land.
    @Bean(destroyMethod = "close")
    GroupCommitter groupCommitter(PlatformTransactionManager transactions, GroupCommitProperties properties) {
        return new GroupCommitter(transactions, properties.maxBatch(), properties.queueCapacity(), properties.timeout());
    }
}
