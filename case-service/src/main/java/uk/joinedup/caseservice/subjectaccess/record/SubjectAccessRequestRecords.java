package uk.joinedup.caseservice.subjectaccess.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.subjectaccess.api.DeadlineExtension;
import uk.joinedup.caseservice.subjectaccess.api.RedactionOverridden;
import uk.joinedup.caseservice.subjectaccess.api.RedactionRestored;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessDeadlineExtended;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestClosed;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequested;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessResponseReleased;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestView.RedactionOverride;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestView.RequestStatus;

/**
 * Keeps each subject access request by its id, with its deadline as extended, saved whole on every event with the
 * event's sequence number as its version, and the ids of the open requests in one document: the officers' list is
 * two {@code _id} reads. The ids of each person's requests are kept by person, for their erasure.
 * Replays are harmless: each request's events are applied in order.
 */
@Component
@ProcessingGroup("subject-access-requests")
public class SubjectAccessRequestRecords {

    static final String COLLECTION = "subject_access_requests";
    static final String OPEN_COLLECTION = "subject_access_open";
    static final String OPEN = "open";
    static final String BY_PERSON_COLLECTION = "subject_access_by_person";

    /** Soonest due first, then the oldest received. */
    private static final Comparator<SubjectAccessRequestRecord> SOONEST_DUE = Comparator.comparing(
                    SubjectAccessRequestRecord::dueBy)
            .thenComparing(SubjectAccessRequestRecord::receivedOn)
            .thenComparing(SubjectAccessRequestRecord::requestId);

    private final DocumentCollection<SubjectAccessRequestRecord> requests;
    private final DocumentCollection<OpenRequests> open;
    private final DocumentCollection<PersonRequests> byPerson;

    SubjectAccessRequestRecords(MongoDocuments documents) {
        this.requests = documents.collection(COLLECTION, SubjectAccessRequestRecord.class);
        this.open = documents.collection(OPEN_COLLECTION, OpenRequests.class);
        this.byPerson = documents.collection(BY_PERSON_COLLECTION, PersonRequests.class);
    }

    Optional<SubjectAccessRequestRecord> find(String requestId) {
        return requests.find(requestId);
    }

    /** One request as officers see it on the day. */
    public Optional<SubjectAccessRequestView> view(String requestId, LocalDate today) {
        return find(requestId).map(request -> SubjectAccessRequestView.of(request, today));
    }

    /** The open requests as they stand on the day, soonest due first. */
    public List<SubjectAccessRequestView> open(LocalDate today) {
        Set<String> ids = open.find(OPEN).map(OpenRequests::requestIds).orElse(Set.of());
        return requests.findAll(ids).stream()
                .filter(request -> request.status() == RequestStatus.OPEN)
                .sorted(SOONEST_DUE)
                .map(request -> SubjectAccessRequestView.of(request, today))
                .toList();
    }

    @EventHandler
    void on(SubjectAccessRequested event, DomainEventMessage<?> message) {
        requests.save(
                event.requestId().value(),
                new SubjectAccessRequestRecord(
                        event.requestId().value(),
                        event.personId().value(),
                        event.requester(),
                        event.requesterName(),
                        event.identityCheck(),
                        event.identityNote(),
                        event.receivedOn(),
                        event.dueBy(),
                        event.dueBy(),
                        Recorded.from(message).by(),
                        RequestStatus.OPEN,
                        null,
                        null,
                        null,
                        null,
                        null,
                        message.getSequenceNumber()));
        open.addToSet(OPEN, "requestIds", event.requestId().value());
        byPerson.addToSet(
                event.personId().value(), "requestIds", event.requestId().value());
    }

    /**
     * The requests about the person go (who asked, by name, and the identity check's note among them), and leave the
     * open list.
     */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        byPerson.find(personId).ifPresent(person -> {
            person.requestIds().forEach(requestId -> {
                open.pull(OPEN, "requestIds", requestId);
                requests.delete(requestId);
            });
            byPerson.delete(personId);
        });
    }

    @EventHandler
    void on(RedactionOverridden event, DomainEventMessage<?> message) {
        Recorded recorded = Recorded.from(message);
        requests.find(event.requestId().value())
                .ifPresent(request -> requests.save(
                        request.requestId(),
                        request.withOverride(
                                event.itemId(),
                                new RedactionOverride(event.note(), recorded.by(), recorded.on()),
                                message.getSequenceNumber())));
    }

    @EventHandler
    void on(RedactionRestored event, DomainEventMessage<?> message) {
        requests.find(event.requestId().value())
                .ifPresent(request -> requests.save(
                        request.requestId(), request.withoutOverride(event.itemId(), message.getSequenceNumber())));
    }

    @EventHandler
    void on(SubjectAccessDeadlineExtended event, DomainEventMessage<?> message) {
        String by = Recorded.from(message).by();
        requests.find(event.requestId().value())
                .ifPresent(request -> requests.save(
                        request.requestId(),
                        request.withExtension(
                                new DeadlineExtension(
                                        event.months(),
                                        event.reason(),
                                        event.note(),
                                        by,
                                        event.decidedOn(),
                                        event.dueBy()),
                                message.getSequenceNumber())));
    }

    @EventHandler
    void on(SubjectAccessResponseReleased event, DomainEventMessage<?> message) {
        end(event.requestId().value(), RequestStatus.RELEASED, event.releasedOn(), null, message);
    }

    @EventHandler
    void on(SubjectAccessRequestClosed event, DomainEventMessage<?> message) {
        end(event.requestId().value(), RequestStatus.CLOSED, event.closedOn(), event.reason(), message);
    }

    private void end(String requestId, RequestStatus how, LocalDate on, String reason, DomainEventMessage<?> message) {
        String by = Recorded.from(message).by();
        requests.find(requestId)
                .ifPresent(request ->
                        requests.save(requestId, request.ended(how, by, on, reason, message.getSequenceNumber())));
        open.pull(OPEN, "requestIds", requestId);
    }

    @ResetHandler
    void reset() {
        requests.deleteAll();
        open.deleteAll();
        byPerson.deleteAll();
    }

    /** The ids of the requests about one person, as stored: what their erasure deletes. */
    record PersonRequests(@JsonProperty("_id") String personId, Set<String> requestIds) {

        PersonRequests {
            requestIds = requestIds == null ? Set.of() : Set.copyOf(requestIds);
        }
    }

    /** The ids of the open requests, as stored. */
    record OpenRequests(@JsonProperty("_id") String id, Set<String> requestIds) {

        OpenRequests {
            requestIds = requestIds == null ? Set.of() : Set.copyOf(requestIds);
        }
    }
}
