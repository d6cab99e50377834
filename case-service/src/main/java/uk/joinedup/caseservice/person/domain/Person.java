package uk.joinedup.caseservice.person.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.person.api.CaseNoteRecorded;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordCaseNote;
import uk.joinedup.caseservice.person.api.RegisterPerson;

/** A person and the facts agencies record about them; the consistency boundary for their record. */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger")
class Person {

    @AggregateIdentifier
    private PersonId personId;

    Person() {
        // for Axon
    }

    @CommandHandler
    Person(RegisterPerson command) {
        if (command.dateOfBirth().isAfter(command.registeredOn())) {
            throw new DateOfBirthInFuture(command.dateOfBirth());
        }
        apply(new PersonRegistered(
                command.personId(),
                command.name(),
                command.dateOfBirth(),
                command.actor().agency()));
    }

    @CommandHandler
    void handle(RecordCaseNote command) {
        if (command.occurredOn().isAfter(command.recordedOn())) {
            throw new DatedInFuture(command.occurredOn());
        }
        apply(new CaseNoteRecorded(
                personId,
                command.noteId(),
                command.occurredOn(),
                command.text(),
                command.actor().agency()));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }
}
