package uk.joinedup.caseservice.subjectaccess.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.subjectaccess.api.DeadlineExtension;
import uk.joinedup.caseservice.subjectaccess.api.ExtensionReason;
import uk.joinedup.caseservice.subjectaccess.api.IdentityCheck;
import uk.joinedup.caseservice.subjectaccess.api.Requester;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessDeadlineExtended;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestId;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequested;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessResponseReleased;

/** A request's deadline as extended, the statutory one before it, each extension, and the days left. */
class SubjectAccessRequestRecordsTest {

    private static final PersonId DEBORAH = new PersonId("person-deborah");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 1);

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final SubjectAccessRequestRecords records = new SubjectAccessRequestRecords(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUnextendedRequestIsDueOnItsStatutoryDeadlineWithTheDaysLeftToIt() {
        requested("sar-1", RECEIVED);

        SubjectAccessRequestView request =
                records.view("sar-1", LocalDate.of(2026, 12, 4)).orElseThrow();

        assertThat(request.dueBy()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(request.originalDueBy()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(request.extensions()).isEmpty();
        assertThat(request.daysLeft()).isEqualTo(28);
        assertThat(records.view("sar-1", LocalDate.of(2027, 1, 3)).orElseThrow().daysLeft())
                .isEqualTo(-2);
    }

    @Test
    void anExtendedRequestIsDueOnItsLastExtensionWithEachExtensionByWhomAndWhy() {
        requested("sar-1", RECEIVED);
        extended("sar-1", 1, 1, ExtensionReason.NUMEROUS_REQUESTS, "Three requests", LocalDate.of(2026, 12, 4));
        extended("sar-1", 2, 1, ExtensionReason.COMPLEX, "Six agencies' records", LocalDate.of(2026, 12, 20));

        SubjectAccessRequestView request =
                records.view("sar-1", LocalDate.of(2027, 1, 2)).orElseThrow();

        assertThat(request.dueBy()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(request.originalDueBy()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(request.daysLeft()).isEqualTo(58);
        assertThat(request.version()).isEqualTo(2);
        assertThat(request.extensions())
                .containsExactly(
                        new DeadlineExtension(
                                1,
                                ExtensionReason.NUMEROUS_REQUESTS,
                                "Three requests",
                                "Chris Ward",
                                LocalDate.of(2026, 12, 4),
                                LocalDate.of(2027, 2, 1)),
                        new DeadlineExtension(
                                1,
                                ExtensionReason.COMPLEX,
                                "Six agencies' records",
                                "Chris Ward",
                                LocalDate.of(2026, 12, 20),
                                LocalDate.of(2027, 3, 1)));
    }

    @Test
    void theOpenRequestsAreListedByTheirDeadlineAsExtended() {
        requested("sar-extended", RECEIVED);
        requested("sar-later", RECEIVED.plusDays(10));
        extended("sar-extended", 1, 2, ExtensionReason.COMPLEX, "Six agencies' records", RECEIVED);

        assertThat(records.open(RECEIVED.plusDays(10)))
                .extracting(SubjectAccessRequestView::requestId)
                .containsExactly("sar-later", "sar-extended");
    }

    @Test
    void aReleasedRequestHasNoDaysLeft() {
        requested("sar-1", RECEIVED);
        records.on(
                new SubjectAccessResponseReleased(new SubjectAccessRequestId("sar-1"), DEBORAH, RECEIVED),
                message("sar-1", 1));

        assertThat(records.view("sar-1", RECEIVED).orElseThrow().daysLeft()).isNull();
    }

    private void requested(String requestId, LocalDate receivedOn) {
        records.on(
                new SubjectAccessRequested(
                        new SubjectAccessRequestId(requestId),
                        DEBORAH,
                        Requester.THE_PERSON,
                        null,
                        IdentityCheck.PHOTO_IDENTIFICATION,
                        null,
                        receivedOn,
                        receivedOn.plusMonths(1)),
                message(requestId, 0));
    }

    private void extended(
            String requestId, long sequence, int months, ExtensionReason reason, String note, LocalDate on) {
        SubjectAccessRequestView before = records.view(requestId, on).orElseThrow();
        int monthsSoFar =
                before.extensions().stream().mapToInt(DeadlineExtension::months).sum();
        records.on(
                new SubjectAccessDeadlineExtended(
                        new SubjectAccessRequestId(requestId),
                        DEBORAH,
                        months,
                        reason,
                        note,
                        on,
                        before.receivedOn().plusMonths(1L + monthsSoFar + months)),
                message(requestId, sequence));
    }

    private static GenericDomainEventMessage<Object> message(String requestId, long sequence) {
        return new GenericDomainEventMessage<>(
                "SubjectAccessRequest",
                requestId,
                sequence,
                new Object(),
                MetaData.from(Map.of(ActingCommand.USER_NAME, "Chris Ward")));
    }
}
