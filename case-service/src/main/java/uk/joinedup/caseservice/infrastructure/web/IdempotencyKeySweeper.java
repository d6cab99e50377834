package uk.joinedup.caseservice.infrastructure.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes idempotency keys older than a day, every hour (and shortly after start-up). The embedded store
 * ignores TTL indexes, so the sweep is ours on both stores; a key found expired before the sweep reaches it
 * is treated as absent anyway ({@link IdempotencyKeys#claim}).
 */
@Configuration
@EnableScheduling
class IdempotencyKeySweeper {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeySweeper.class);

    private final IdempotencyKeys keys;

    IdempotencyKeySweeper(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${joinedup.idempotency.sweep-every:PT1H}")
    void sweep() {
        long deleted = keys.sweepExpired();
        if (deleted > 0) {
            log.info("Deleted {} expired idempotency keys", deleted);
        }
    }
}
