package uk.joinedup.caseservice.infrastructure.web;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.personaldata.SubjectErased;

/**
 * Deletes the stored answers that name an erased person or family ({@link IdempotencyKeys#forget}) when the
 * erasure reaches their record: an answer is kept a day to be given again, and the answer to the request that
 * registered them holds their name. A request that comes again with the key of a deleted answer is handled as a
 * new one. Not replayed: what is deleted stays deleted.
 */
@Component
@ProcessingGroup("idempotency-erasures")
class IdempotencyAnswersOfErased {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyAnswersOfErased.class);

    private final IdempotencyKeys keys;

    IdempotencyAnswersOfErased(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    @DisallowReplay
    void on(SubjectErased erased) {
        long deleted = keys.forget(erased.erasedSubject());
        if (deleted > 0) {
            log.info("Erasure {}: deleted {} stored answers naming the subject", erased.erasureId(), deleted);
        }
    }
}
