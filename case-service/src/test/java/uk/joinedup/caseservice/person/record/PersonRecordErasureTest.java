package uk.joinedup.caseservice.person.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** An erased person's record goes, stamp and converted copy with it; another's stays. */
class PersonRecordErasureTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final PersonRecordProjection projection = new PersonRecordProjection(store.documents());
    private final DocumentCollection<PersonRecord> records =
            store.documents().versionedCollection(PersonRecordProjection.COLLECTION, PersonRecord.class);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedPersonsRecordAndItsStampGoAndAnothersStay() {
        register("tom", "Tom", "Hill", "2011-03-04", NhsNumber.parse("9434765919"));
        register("ann", "Ann", "Hill", "1980-01-01", null);
        assertThat(records.find("tom")).as("read once, so remembered converted").isPresent();

        projection.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(records.find("tom")).isEmpty();
        assertThat(records.versions(Set.of("tom", "ann"))).containsOnlyKeys("ann");
        assertThat(DatabaseSearch.find(store.database(), Set.of("Tom", "2011-03-04", "9434765919")))
                .isEmpty();
        assertThat(records.find("ann"))
                .get()
                .extracting(record -> record.details().name().fullName())
                .isEqualTo("Ann Hill");
    }

    private void register(String id, String given, String family, String born, NhsNumber nhs) {
        projection.on(
                new PersonRegistered(
                        new PersonId(id),
                        new PersonDetails(
                                new PersonName(given, family),
                                LocalDate.parse(born),
                                null,
                                null,
                                new PersonIdentifiers(nhs, null, null)),
                        new AgencyId("early-help")),
                new GenericDomainEventMessage<>("Person", id, 0, new Object()));
    }
}
