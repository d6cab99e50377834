package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;

class EventStoreIT extends ApiIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    private EventStorageEngine engine;

    @Autowired
    private TokenStore tokenStore;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private MongoDatabase database;

    @Test
    void storesEventsAndTokensInTheCommitLogAndSegmentDocuments() {
        assertThat(engine).isInstanceOf(CommitLogEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(MongoSegmentTokenStore.class);
    }

    @Test
    void snapshotsAPersonAfterAHundredEventsAndKeepsServingIt() {
        String personId = register();
        for (int note = 0; note < 100; note++) {
            commands.sendAndWait(new RecordAgencyFact(
                    new PersonId(personId),
                    new FactId("note-" + note),
                    new CaseNoteWritten("Visit " + note),
                    TODAY,
                    TODAY,
                    probationKeyworker()));
        }

        BsonDocument snapshot = database.getCollection(CommitLogEventStorageEngine.SNAPSHOTS, BsonDocument.class)
                .find(new BsonDocument("_id", new BsonString(personId)))
                .first();
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.getDocument("payload")
                        .getDocument("_sealed")
                        .getString("k")
                        .getValue())
                .as("sealed under the person's key")
                .isEqualTo("person/" + personId);
        assertThat(snapshot.toJson()).doesNotContain("Visit 1");
        DomainEventMessage<?> readBack = engine.readSnapshot(personId).orElseThrow();
        assertThat(readBack.getPayloadType().getSimpleName()).isEqualTo("Person");
        assertThat(readBack.getPayload()).isNotNull();
        assertThat(readBack.getAggregateIdentifier()).isEqualTo(personId);

        assertThat(post(
                                probationKeyworker(),
                                "/api/people/{id}/facts",
                                Map.of(
                                        "occurredOn",
                                        "2026-11-20",
                                        "fact",
                                        Map.of("type", "CaseNoteWritten", "text", "After the snapshot")),
                                personId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        JsonNode person =
                get(probationKeyworker(), "/api/people/{id}", personId).getBody();
        assertThat(person.at("/chronology/total").asInt()).isEqualTo(102); // registration and 101 notes
        assertThat(person.get("entries")).hasSize(50); // the first page
    }

    private String register() {
        return ok(
                probationKeyworker(),
                "/api/people",
                Map.of("givenNames", "Tony", "familyName", "Marsh", "dateOfBirth", "1988-03-14"));
    }
}
