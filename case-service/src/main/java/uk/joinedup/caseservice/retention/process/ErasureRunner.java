package uk.joinedup.caseservice.retention.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.EraseFamily;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.infrastructure.axon.ProjectionCatchUp;
import uk.joinedup.caseservice.infrastructure.crypto.ErasedSubjects;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.caseservice.infrastructure.eventstore.CommitLogEventStorageEngine;
import uk.joinedup.caseservice.infrastructure.eventstore.SealExistingEvents;
import uk.joinedup.caseservice.person.api.EraseRecord;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasedAlongside;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.erasure.api.CompleteErasure;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Carries out the approved erasures, every few seconds and at once after a restart. Each step is idempotent, so
 * an erasure cut short (a stop, a crash, read models slow to catch up) is run again from the start next time; one
 * that fails is tried again after a wait that doubles with each failure, up to an hour.
 * None starts until the events written before sealing are sealed ({@link SealExistingEvents}): a key destroyed
 * earlier would leave its subject's plaintext events readable. Logs ids and counts only.
 */
@Component
class ErasureRunner {

    private static final Logger log = LoggerFactory.getLogger(ErasureRunner.class);

    /** How long the read models may take to pass an erasure's event before the run is left to the next round. */
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final ErasuresToCarryOut erasures;
    private final CommandGateway commands;
    private final ProjectionCatchUp readModels;
    private final SubjectKeys keys;
    private final CommitLogEventStorageEngine events;
    private final ErasedSubjects erased;
    private final List<ErasedAlongside> alongside;
    private final Clock clock;
    private final SealExistingEvents history;
    private volatile boolean waitingLogged;
    private final Map<String, Retry> retries = new ConcurrentHashMap<>();

    ErasureRunner(
            ErasuresToCarryOut erasures,
            CommandGateway commands,
            ProjectionCatchUp readModels,
            SubjectKeys keys,
            CommitLogEventStorageEngine events,
            ErasedSubjects erased,
            List<ErasedAlongside> alongside,
            Clock clock,
            SealExistingEvents history) {
        this.erasures = erasures;
        this.commands = commands;
        this.readModels = readModels;
        this.keys = keys;
        this.events = events;
        this.erased = erased;
        this.alongside = alongside;
        this.clock = clock;
        this.history = history;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${joinedup.retention.erasure-runs-every:PT5S}")
    void runApprovedErasures() {
        Map<String, DataSubject> approved = erasures.all();
        if (approved.isEmpty()) {
            return;
        }
        if (!history.complete()) {
            if (!waitingLogged) {
                log.warn(
                        "{} approved erasures wait: events written before sealing are not all sealed yet"
                                + " (event_migrations seal-v1), and no key is destroyed until they are",
                        approved.size());
                waitingLogged = true;
            }
            return;
        }
        Instant now = clock.instant();
        for (Map.Entry<String, DataSubject> erasure : approved.entrySet()) {
            Retry retry = retries.get(erasure.getKey());
            if (retry != null && now.isBefore(retry.next())) {
                continue;
            }
            try {
                carryOut(new ErasureId(erasure.getKey()), erasure.getValue());
                retries.remove(erasure.getKey());
            } catch (RuntimeException e) {
                Retry next = Retry.after(retry, now);
                retries.put(erasure.getKey(), next);
                log.warn(
                        "Erasure {} not complete after {} attempts, to be tried again at {}: {}",
                        erasure.getKey(),
                        next.failures(),
                        next.next(),
                        e.getClass().getSimpleName());
            }
        }
    }

    /**
     * When a failing erasure is tried again: {@link #FIRST_RETRY} after its first failure, twice as long after each
     * next one, at most {@link #LONGEST_RETRY}, so a lasting fault is neither hammered nor forgotten.
     */
    record Retry(int failures, Instant next) {

        static final Duration FIRST_RETRY = Duration.ofSeconds(5);
        static final Duration LONGEST_RETRY = Duration.ofHours(1);

        static Retry after(Retry previous, Instant failedAt) {
            int failures = previous == null ? 1 : previous.failures() + 1;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
            return new Retry(failures, failedAt.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait));
        }
    }

    /** Every step of one erasure, in order; each changes nothing when it was already done. */
    void carryOut(ErasureId erasure, DataSubject subject) {
        switch (subject.kind()) {
            case PERSON -> commands.sendAndWait(new EraseRecord(new PersonId(subject.id()), erasure));
            case FAMILY -> commands.sendAndWait(new EraseFamily(new FamilyId(subject.id()), erasure));
            case CANDIDATE -> throw new IllegalArgumentException("a candidate household is not erased on its own");
        }
        if (!readModels.awaitHead(CATCH_UP)) {
            log.info("Erasure {} waits for the read models to pass its event", erasure);
            return;
        }
        keys.destroy(subject.keyId(), erasure.value());
        events.deleteSnapshot(subject.id());
        erased.record(subject.keyId());
        // and the keys of what is sealed apart but about the subject, such as decisions on their household
        for (ErasedAlongside others : alongside) {
            for (DataSubject other : others.with(subject)) {
                keys.destroy(other.keyId(), erasure.value());
                erased.record(other.keyId());
            }
        }
        // every other instance, too, forgets the key and the aggregate it may hold before the erasure is complete
        pause(erased.heardWithin());
        try {
            commands.sendAndWait(new CompleteErasure(erasure, clock.instant()));
        } catch (RuleViolation alreadyComplete) {
            // another instance completed it first
        }
        log.info("Erasure {} carried out: the {} key is destroyed", erasure, subject.kind());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while every instance hears of an erasure", e);
        }
    }
}
