package uk.joinedup.caseservice.views.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.SexOrGender;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * The outcome facts the dashboard reads, filed by the real projection on an in-memory store from hand-written
 * histories: facts in reading order without a case note's text, corrections and retractions, consents given
 * and withdrawn, overrides, replays, and people sharing a bucket.
 */
class OutcomeFactsProjectionTest {

    private static final AgencyId PROBATION = new AgencyId("probation");
    private static final AgencyId EARLY_HELP = new AgencyId("early-help");
    private static final PersonId STEPHEN = new PersonId("stephen");
    private static final LocalDate BORN = LocalDate.of(1984, 2, 9);
    private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final OutcomeFactsProjection projection = new OutcomeFactsProjection(store.documents());
    private final DocumentCollection<FactBucket> buckets =
            store.documents().versionedCollection(OutcomeFactsProjection.COLLECTION, FactBucket.class);
    private long sequence;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anErasedPersonLeavesTheirBucketAndAnotherInItStays() {
        PersonId shared = sharingABucketWith(STEPHEN);
        registered(STEPHEN, "Stephen Walker");
        registered(shared, "Ann Hill");
        consent("c-1", MORNING);

        projection.on(new PersonErased(STEPHEN, new ErasureId("erasure-1")));

        FactBucket bucket =
                buckets.find(OutcomeFactsProjection.bucketOf(STEPHEN.value())).orElseThrow();
        assertThat(bucket.people()).containsOnlyKeys(shared.value());
        assertThat(DatabaseSearch.find(store.database(), Set.of("Stephen", "stephen", "1984-02-09")))
                .isEmpty();
    }

    @Test
    void keepsLiveFactsInReadingOrderWithWhatThePolicyDecidesOnAndNoCaseNoteText() {
        registered(STEPHEN, "Stephen Walker");
        LocalDate day = LocalDate.of(2026, 3, 1);
        recorded(STEPHEN, "f-late", new OffenceProven("Theft", day, Disposal.CONVICTION_COMMUNITY), day, MORNING);
        recorded(
                STEPHEN,
                "f-early",
                new ReleasedFromCustody("HMP Winchester", true),
                day.minusDays(10),
                MORNING.plusSeconds(60));
        recorded(
                STEPHEN,
                "f-same-day",
                new OffenceProven("Theft", day, Disposal.CAUTION),
                day,
                MORNING.minusSeconds(60));
        projection.on(
                new AgencyFactRecorded(
                        STEPHEN,
                        new FactId("note"),
                        new CaseNoteWritten("Talked about the theft at home"),
                        day,
                        EARLY_HELP,
                        InformationCategory.CASE_NOTE),
                message("Person", STEPHEN.value(), null, MORNING, AgencyKind.EARLY_HELP, "Early Help"));

        OutcomePerson stephen = person(STEPHEN);
        assertThat(stephen.name()).isEqualTo("Stephen Walker");
        assertThat(stephen.dateOfBirth()).isEqualTo(BORN);
        assertThat(stephen.entries())
                .extracting(OutcomeEntry::entryId)
                .as("by business date, then by when recorded")
                .containsExactly("f-early", "f-same-day", "f-late", "note");
        OutcomeEntry release = stephen.entries().get(0);
        assertThat(release.kind()).isEqualTo("ReleasedFromCustody");
        assertThat(release.owningAgency()).isEqualTo(PROBATION);
        assertThat(release.owningAgencyName()).isEqualTo("Probation");
        assertThat(release.owningAgencyKind()).isEqualTo(AgencyKind.PROBATION);
        assertThat(release.category()).isEqualTo(InformationCategory.OFFENDING);
        assertThat(release.fact()).isEqualTo(new ReleasedFromCustody("HMP Winchester", true));
        OutcomeEntry note = stephen.entries().get(3);
        assertThat(note.category()).isEqualTo(InformationCategory.CASE_NOTE);
        assertThat(note.fact()).as("no chronology text").isNull();
        assertThat(store.all(OutcomeFactsProjection.COLLECTION).toString()).doesNotContain("theft at home");
    }

    @Test
    void aCorrectionMovesTheFactAndARetractionTakesItOut() {
        registered(STEPHEN, "Stephen Walker");
        LocalDate day = LocalDate.of(2026, 3, 1);
        recorded(STEPHEN, "first", new ReleasedFromCustody("HMP Winchester", true), day, MORNING);
        recorded(STEPHEN, "second", new OffenceProven("Theft", day, Disposal.CAUTION), day.plusDays(5), MORNING);
        recorded(STEPHEN, "third", new OffenceProven("Theft", day, Disposal.CAUTION), day.plusDays(9), MORNING);

        projection.on(
                new AgencyFactCorrected(
                        STEPHEN,
                        new FactId("first"),
                        new ReleasedFromCustody("HMP Winchester", false),
                        day.plusDays(20),
                        "Released later than recorded"),
                message("Person", STEPHEN.value(), null, MORNING.plusSeconds(3600), AgencyKind.PROBATION, "Probation"));
        projection.on(
                new AgencyFactRetracted(STEPHEN, new FactId("second"), "Another Stephen"),
                message("Person", STEPHEN.value(), null, MORNING.plusSeconds(7200), AgencyKind.PROBATION, "Probation"));

        List<OutcomeEntry> entries = person(STEPHEN).entries();
        assertThat(entries).extracting(OutcomeEntry::entryId).containsExactly("third", "first");
        OutcomeEntry corrected = entries.get(1);
        assertThat(corrected.occurredOn()).isEqualTo(day.plusDays(20));
        assertThat(corrected.fact()).isEqualTo(new ReleasedFromCustody("HMP Winchester", false));
        assertThat(corrected.recordedAt())
                .as("still ordered by when first recorded")
                .isEqualTo(MORNING);
    }

    @Test
    void keepsConsentsNewestFirstWithTheirWithdrawalAndOverridesAndCorrectedDetails() {
        registered(STEPHEN, "Stephen Walker");
        consent("older", MORNING);
        consent("newer", MORNING.plusSeconds(86_400));
        projection.on(
                new ConsentWithdrawn(new ConsentId("older"), STEPHEN, LocalDate.of(2026, 4, 1), "Asked to stop"),
                message("Consent", "older", 1L, MORNING.plusSeconds(2 * 86_400), AgencyKind.EARLY_HELP, "Early Help"));
        Instant from = MORNING.plusSeconds(3 * 86_400);
        projection.on(
                new EmergencyAccessGranted(
                        new OverrideId("override"),
                        STEPHEN,
                        "sam",
                        EARLY_HELP,
                        OverrideReason.RISK_TO_LIFE,
                        "Police report",
                        from,
                        from.plusSeconds(86_400),
                        Set.of(PROBATION)),
                message("EmergencyOverride", "override", 0L, from, AgencyKind.EARLY_HELP, "Early Help"));
        projection.on(
                new PersonDetailsCorrected(STEPHEN, details("Steve Walker", BORN.plusDays(1)), "Typo"),
                message("Person", STEPHEN.value(), null, from, AgencyKind.EARLY_HELP, "Early Help"));

        OutcomePerson stephen = person(STEPHEN);
        assertThat(stephen.consents())
                .extracting(held -> held.terms().consentId())
                .containsExactly("newer", "older");
        ConsentTerms older = stephen.consents().get(1).terms();
        assertThat(older.withdrawnOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(older.categories()).containsExactly(InformationCategory.OFFENDING);
        assertThat(older.purpose()).isEqualTo(Purpose.OUTCOMES);
        assertThat(stephen.consents().get(0).terms().withdrawnOn()).isNull();
        assertThat(stephen.overrides()).singleElement().satisfies(access -> {
            assertThat(access.userId()).isEqualTo("sam");
            assertThat(access.until()).isEqualTo(from.plusSeconds(86_400));
        });
        assertThat(stephen.name()).isEqualTo("Steve Walker");
        assertThat(stephen.dateOfBirth()).isEqualTo(BORN.plusDays(1));
        assertThat(stephen.entries()).isEmpty();
    }

    @Test
    void anEventHandledAgainChangesNothing() {
        registered(STEPHEN, "Stephen Walker");
        DomainEventMessage<?> release =
                message("Person", STEPHEN.value(), null, MORNING, AgencyKind.PROBATION, "Probation");
        AgencyFactRecorded recorded = new AgencyFactRecorded(
                STEPHEN,
                new FactId("release"),
                new ReleasedFromCustody("HMP Winchester", true),
                LocalDate.of(2026, 3, 1),
                PROBATION,
                InformationCategory.OFFENDING);
        projection.on(recorded, release);
        projection.on(
                new AgencyFactRetracted(STEPHEN, new FactId("release"), "Error"),
                message("Person", STEPHEN.value(), null, MORNING, AgencyKind.PROBATION, "Probation"));
        long version = buckets.find(OutcomeFactsProjection.bucketOf(STEPHEN.value()))
                .orElseThrow()
                .version();

        projection.on(recorded, release);

        assertThat(person(STEPHEN).entries())
                .as("the replayed fact stays retracted")
                .isEmpty();
        assertThat(buckets.find(OutcomeFactsProjection.bucketOf(STEPHEN.value()))
                        .orElseThrow()
                        .version())
                .isEqualTo(version);
    }

    @Test
    void filesPeopleOfOneBucketSideBySideAndEveryoneInABucketOfTheCount() {
        PersonId other = new PersonId(sameBucketAs(STEPHEN.value()));
        registered(STEPHEN, "Stephen Walker");
        registered(other, "Other Person");
        recorded(other, "f", new ReleasedFromCustody("HMP Winchester", true), LocalDate.of(2026, 3, 1), MORNING);

        FactBucket bucket =
                buckets.find(OutcomeFactsProjection.bucketOf(STEPHEN.value())).orElseThrow();
        assertThat(bucket.people()).containsOnlyKeys(STEPHEN.value(), other.value());
        assertThat(bucket.person(STEPHEN.value()).entries()).isEmpty();
        assertThat(bucket.person(other.value()).entries()).hasSize(1);
        for (int n = 0; n < 5_000; n++) {
            String id = UUID.nameUUIDFromBytes(("person " + n).getBytes()).toString();
            int number = Integer.parseInt(OutcomeFactsProjection.bucketOf(id).substring("bucket-".length()));
            assertThat(number).isBetween(0, OutcomeFactsProjection.BUCKETS - 1);
        }
        assertThat(OutcomeFactsProjection.bucketOf("stephen")).isEqualTo(OutcomeFactsProjection.bucketOf("stephen"));
    }

    @Test
    void aResetClearsEveryBucket() {
        registered(STEPHEN, "Stephen Walker");

        projection.reset();

        assertThat(store.all(OutcomeFactsProjection.COLLECTION)).isEmpty();
    }

    private static String sameBucketAs(String personId) {
        String bucket = OutcomeFactsProjection.bucketOf(personId);
        for (int n = 0; ; n++) {
            String candidate = "person-" + n;
            if (!candidate.equals(personId)
                    && OutcomeFactsProjection.bucketOf(candidate).equals(bucket)) {
                return candidate;
            }
        }
    }

    /** Someone filed in the same bucket as this person. */
    private static PersonId sharingABucketWith(PersonId person) {
        String bucket = OutcomeFactsProjection.bucketOf(person.value());
        for (int n = 0; ; n++) {
            if (OutcomeFactsProjection.bucketOf("other-" + n).equals(bucket)) {
                return new PersonId("other-" + n);
            }
        }
    }

    private OutcomePerson person(PersonId person) {
        return buckets.find(OutcomeFactsProjection.bucketOf(person.value()))
                .orElseThrow()
                .person(person.value());
    }

    private void registered(PersonId person, String name) {
        projection.on(
                new PersonRegistered(person, details(name, BORN), EARLY_HELP),
                message("Person", person.value(), null, MORNING, AgencyKind.EARLY_HELP, "Early Help"));
    }

    private void recorded(
            PersonId person,
            String factId,
            uk.joinedup.caseservice.catalogue.AgencyFact fact,
            LocalDate on,
            Instant at) {
        projection.on(
                new AgencyFactRecorded(person, new FactId(factId), fact, on, PROBATION, InformationCategory.OFFENDING),
                message("Person", person.value(), null, at, AgencyKind.PROBATION, "Probation"));
    }

    private void consent(String consentId, Instant at) {
        projection.on(
                new ConsentRecorded(
                        new ConsentId(consentId),
                        STEPHEN,
                        ConsentGiver.THE_PERSON,
                        "Stephen",
                        Set.of(EARLY_HELP),
                        Set.of(InformationCategory.OFFENDING),
                        Purpose.OUTCOMES,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 1, 1),
                        ConsentEvidence.SIGNED_FORM,
                        "On file",
                        EARLY_HELP),
                message("Consent", consentId, 0L, at, AgencyKind.EARLY_HELP, "Early Help"));
    }

    private static PersonDetails details(String name, LocalDate born) {
        String[] parts = name.split(" ");
        return new PersonDetails(
                new PersonName(parts[0], parts[1]), born, SexOrGender.MALE, null, PersonIdentifiers.none());
    }

    /** A domain event as the processor delivers it; a person's events numbered in the order handled. */
    private DomainEventMessage<?> message(
            String type, String aggregateId, Long number, Instant at, AgencyKind kind, String agencyName) {
        return new GenericDomainEventMessage<>(
                type,
                aggregateId,
                number != null ? number : sequence++,
                new Object(),
                MetaData.with(ActingCommand.AGENCY_NAME, agencyName)
                        .and(ActingCommand.AGENCY_KIND, kind.name())
                        .and(ActingCommand.USER_NAME, "Someone"),
                UUID.randomUUID().toString(),
                at);
    }
}
