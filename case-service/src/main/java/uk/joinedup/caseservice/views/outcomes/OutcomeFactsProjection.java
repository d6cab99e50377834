package uk.joinedup.caseservice.views.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.EmergencyAccess;
import uk.joinedup.caseservice.views.outcomes.OutcomePerson.HeldConsent;

/**
 * Keeps every person's outcome facts, consents and overrides ({@link OutcomePerson}) filed in {@value #BUCKETS}
 * buckets by a hash of their id (ADR 22): what the outcomes dashboard reads of a caseload in one {@code _id
 * $in} per thousand of its buckets. It records; it decides nothing about who may see what: the
 * dashboard applies the sharing policy when it reads (ADR 21). Replays are harmless: each person remembers the
 * last event applied of each aggregate that changes them.
 */
@Component
@ProcessingGroup("outcome-facts")
class OutcomeFactsProjection {

    static final String COLLECTION = "outcome_fact_buckets";

    /**
     * Buckets: about 20 people each at 40,000 people (10-40 KB a document), read in two {@code $in} of a
     * thousand ids, the most the embedded store reads about as fast as one (architecture.md §3). Fewer, larger
     * buckets make every fact recorded rewrite more. A changed count is a changed read-model shape ({@code
     * ReadModelShape}).
     */
    static final int BUCKETS = 2000;

    private final DocumentCollection<FactBucket> buckets;

    OutcomeFactsProjection(MongoDocuments documents) {
        this.buckets = documents.versionedCollection(COLLECTION, FactBucket.class);
    }

    /** Every bucket's id, whether it holds anyone yet or not. */
    static List<String> allBuckets() {
        List<String> ids = new ArrayList<>(BUCKETS);
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            ids.add("bucket-" + bucket);
        }
        return ids;
    }

    /** The bucket a person is filed in: {@link String#hashCode} is the same in every JVM. */
    static String bucketOf(String personId) {
        return "bucket-" + Math.floorMod(personId.hashCode(), BUCKETS);
    }

    @EventHandler
    void on(PersonRegistered event, DomainEventMessage<?> message) {
        change(
                event.personId().value(),
                message,
                person -> person.named(
                        event.details().name().fullName(), event.details().dateOfBirth()));
    }

    @EventHandler
    void on(PersonDetailsCorrected event, DomainEventMessage<?> message) {
        change(
                event.personId().value(),
                message,
                person -> person.named(
                        event.details().name().fullName(), event.details().dateOfBirth()));
    }

    @EventHandler
    void on(AgencyFactRecorded event, DomainEventMessage<?> message) {
        Recorded recorded = Recorded.from(message);
        change(
                event.personId().value(),
                message,
                person -> person.withEntry(new OutcomeEntry(
                        event.factId().value(),
                        event.fact().getClass().getSimpleName(),
                        event.occurredOn(),
                        recorded.at(),
                        event.owningAgency(),
                        recorded.agencyName(),
                        recorded.agencyKind(),
                        event.category(),
                        OutcomeEntry.kept(event.fact()))));
    }

    @EventHandler
    void on(AgencyFactCorrected event, DomainEventMessage<?> message) {
        change(
                event.personId().value(),
                message,
                person -> person.changedEntry(
                        event.factId().value(), entry -> entry.corrected(event.fact(), event.occurredOn())));
    }

    @EventHandler
    void on(AgencyFactRetracted event, DomainEventMessage<?> message) {
        change(
                event.personId().value(),
                message,
                person -> person.withoutEntry(event.factId().value()));
    }

    @EventHandler
    void on(ConsentRecorded event, DomainEventMessage<?> message) {
        change(
                event.personId().value(),
                message,
                person -> person.withConsent(new HeldConsent(
                        new ConsentTerms(
                                event.consentId().value(),
                                event.givenBy(),
                                event.recipients(),
                                event.categories(),
                                event.purpose(),
                                event.validFrom(),
                                event.validUntil(),
                                null),
                        message.getTimestamp())));
    }

    @EventHandler
    void on(ConsentWithdrawn event, DomainEventMessage<?> message) {
        change(event.personId().value(), message, person -> person.consents().stream()
                .filter(held ->
                        held.terms().consentId().equals(event.consentId().value()))
                .findFirst()
                .map(held -> person.withConsent(new HeldConsent(withdrawn(held.terms(), event), held.recordedAt())))
                .orElse(person));
    }

    @EventHandler
    void on(EmergencyAccessGranted event, DomainEventMessage<?> message) {
        change(
                event.personId().value(),
                message,
                person -> person.withOverride(
                        new EmergencyAccess(event.overrideId().value(), event.userId(), event.from(), event.until())));
    }

    /**
     * Takes the person (their name, date of birth, facts, consents and overrides) out of their bucket, and forgets
     * every summary remembered in this instance, some of which were made from them.
     */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        String bucketId = bucketOf(personId);
        buckets.find(bucketId).ifPresent(bucket -> {
            FactBucket without = bucket.without(personId);
            if (without != bucket) {
                buckets.save(bucketId, without);
            }
        });
        RememberedSummaries.forgetAll();
    }

    /** A family's summaries (its members as the policy showed them) are forgotten; the members' facts stay. */
    @EventHandler
    void on(FamilyErased event) {
        RememberedSummaries.forgetAll();
    }

    @ResetHandler
    void reset() {
        buckets.deleteAll();
    }

    private static ConsentTerms withdrawn(ConsentTerms terms, ConsentWithdrawn event) {
        return new ConsentTerms(
                terms.consentId(),
                terms.givenBy(),
                terms.recipients(),
                terms.categories(),
                terms.purpose(),
                terms.validFrom(),
                terms.validUntil(),
                event.withdrawnOn());
    }

    private void change(String personId, DomainEventMessage<?> message, UnaryOperator<OutcomePerson> change) {
        String bucketId = bucketOf(personId);
        FactBucket bucket = buckets.find(bucketId).orElseGet(() -> FactBucket.empty(bucketId));
        OutcomePerson person = bucket.person(personId);
        String aggregateId = message.getAggregateIdentifier();
        if (person.applied(aggregateId, message.getSequenceNumber())) {
            return;
        }
        buckets.save(bucketId, bucket.with(change.apply(person).at(aggregateId, message.getSequenceNumber())));
    }
}
