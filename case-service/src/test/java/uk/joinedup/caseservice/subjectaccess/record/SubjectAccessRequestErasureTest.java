package uk.joinedup.caseservice.subjectaccess.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;
import uk.joinedup.caseservice.subjectaccess.api.IdentityCheck;
import uk.joinedup.caseservice.subjectaccess.api.Requester;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestId;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequested;

/** The subject access requests about an erased person go, and leave the open list; another's stay. */
class SubjectAccessRequestErasureTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final SubjectAccessRequestRecords records = new SubjectAccessRequestRecords(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theRequestsAboutTheErasedPersonGo() {
        requested("sar-1", "tom", "Passport of Tom Hill seen");
        requested("sar-2", "tom", "Birth certificate seen");
        requested("sar-3", "ann", "Passport seen");

        records.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(records.view("sar-1", LocalDate.of(2026, 11, 20))).isEmpty();
        assertThat(records.view("sar-2", LocalDate.of(2026, 11, 20))).isEmpty();
        assertThat(records.open(LocalDate.of(2026, 11, 20)))
                .extracting(SubjectAccessRequestView::requestId)
                .containsExactly("sar-3");
        assertThat(DatabaseSearch.find(store.database(), Set.of("tom", "sar-1", "sar-2")))
                .isEmpty();
    }

    private void requested(String requestId, String personId, String note) {
        records.on(
                new SubjectAccessRequested(
                        new SubjectAccessRequestId(requestId),
                        new PersonId(personId),
                        Requester.THE_PERSON,
                        null,
                        IdentityCheck.PHOTO_IDENTIFICATION,
                        note,
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 12, 2)),
                new GenericDomainEventMessage<>("SubjectAccessRequest", requestId, 0, new Object()));
    }
}
