package uk.joinedup.caseservice.consent.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/** An erased person's consents go, with who gave them and the notes; another person's stay. */
class ConsentErasureTest {

    private static final AgencyId EARLY_HELP = new AgencyId("early-help");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final ConsentProjection projection = new ConsentProjection(store.documents());
    private final ConsentRecords consents = new ConsentRecords(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedPersonsConsentsGo() {
        consent("c-1", "tom", "Tom Hill", "Signed at the school gate");
        consent("c-2", "ann", "Ann Hill", "On file");

        projection.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(consents.of("tom")).isEmpty();
        assertThat(DatabaseSearch.find(store.database(), Set.of("Tom Hill", "school gate")))
                .isEmpty();
        assertThat(consents.of("ann")).extracting(ConsentRecord::giverName).containsExactly("Ann Hill");
    }

    private void consent(String consentId, String personId, String giver, String note) {
        projection.on(
                new ConsentRecorded(
                        new ConsentId(consentId),
                        new PersonId(personId),
                        ConsentGiver.THE_PERSON,
                        giver,
                        Set.of(EARLY_HELP),
                        Set.of(InformationCategory.OFFENDING),
                        Purpose.OUTCOMES,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 1, 1),
                        ConsentEvidence.SIGNED_FORM,
                        note,
                        EARLY_HELP),
                new GenericDomainEventMessage<>("Consent", consentId, 0, new Object()));
    }
}
