package uk.joinedup.caseservice.person.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.CorrectAgencyFact;
import uk.joinedup.caseservice.person.api.CorrectPersonDetails;
import uk.joinedup.caseservice.person.api.DeathRecorded;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RecordDeath;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.caseservice.person.api.RetractAgencyFact;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;

/**
 * A person and the facts agencies record about them: the consistency boundary for their record.
 * Nothing is overwritten: corrections and retractions are new events.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Person {

    @AggregateIdentifier
    private PersonId personId;

    private PersonDetails details;
    private LocalDate dateOfDeath;
    private final Map<FactId, RecordedFact> facts = new HashMap<>();

    Person() {
        // for Axon
    }

    @CommandHandler
    Person(RegisterPerson command) {
        if (command.details().dateOfBirth().isAfter(command.registeredOn())) {
            throw new DateOfBirthInFuture(command.details().dateOfBirth());
        }
        bornSinceTheEarliestDate(command.details());
        apply(new PersonRegistered(
                command.personId(), command.details(), command.actor().agency()));
    }

    @CommandHandler
    void handle(CorrectPersonDetails command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        requireReason(command.reason());
        bornSinceTheEarliestDate(command.details());
        if (command.details().equals(details)) {
            throw new CorrectionChangesNothing();
        }
        apply(new PersonDetailsCorrected(
                personId, command.details(), command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordDeath command, ConflictResolver conflicts) {
        staleVersionIsAConflict(conflicts);
        if (dateOfDeath != null) {
            throw new DeathAlreadyRecorded(dateOfDeath);
        }
        requireNotAfter(command.dateOfDeath(), command.recordedOn());
        if (command.dateOfDeath().isBefore(details.dateOfBirth())) {
            throw new DeathBeforeBirth(command.dateOfDeath());
        }
        apply(new DeathRecorded(personId, command.dateOfDeath(), command.actor().agency()));
    }

    @CommandHandler
    void handle(RecordAgencyFact command) {
        if (facts.containsKey(command.factId())) {
            throw new FactAlreadyRecorded();
        }
        requireRecordable(command.fact(), command.occurredOn(), command.recordedOn(), command.actor());
        apply(new AgencyFactRecorded(
                personId,
                command.factId(),
                command.fact(),
                command.occurredOn(),
                command.actor().agency(),
                FactCatalogue.category(command.fact())));
    }

    @CommandHandler
    void handle(CorrectAgencyFact command) {
        RecordedFact recorded = changeableBy(command.factId(), command.actor());
        requireReason(command.reason());
        String from = recorded.kind();
        String to = FactCatalogue.name(command.fact());
        if (!from.equals(to)) {
            throw new FactKindChanged(from, to);
        }
        requireRecordable(command.fact(), command.occurredOn(), command.recordedOn(), command.actor());
        apply(new AgencyFactCorrected(
                personId,
                command.factId(),
                command.fact(),
                command.occurredOn(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RetractAgencyFact command) {
        changeableBy(command.factId(), command.actor());
        requireReason(command.reason());
        apply(new AgencyFactRetracted(
                personId, command.factId(), command.reason().strip()));
    }

    /**
     * A correction or a death recorded on a stale version of the record is a conflict (409) before it is
     * anything else: the user decided on what they saw, which is no longer the record as it is.
     */
    private static void staleVersionIsAConflict(ConflictResolver conflicts) {
        conflicts.detectConflicts(unseenEvents -> !unseenEvents.isEmpty());
    }

    private void requireRecordable(AgencyFact fact, LocalDate occurredOn, LocalDate today, Actor actor) {
        if (!FactCatalogue.isRecordableBy(fact, actor.agencyKind())) {
            throw new NotRecordableByAgency(FactCatalogue.name(fact), actor.agencyKind());
        }
        requireNotAfter(occurredOn, today);
        if (occurredOn.isBefore(details.dateOfBirth())) {
            throw new FactBeforeBirth(occurredOn);
        }
        if (dateOfDeath != null && occurredOn.isAfter(dateOfDeath)) {
            throw new FactAfterDeath(occurredOn);
        }
        if (fact instanceof OffenceProven offence) {
            if (offence.offenceDate().isAfter(occurredOn)) {
                throw new OffenceAfterItWasProven(offence.offenceDate(), occurredOn);
            }
            boolean adultAtOffence =
                    Period.between(details.dateOfBirth(), offence.offenceDate()).getYears() >= 18;
            if (offence.disposal().youthOnly() && adultAtOffence) {
                throw new YouthDisposalForAdult(offence.disposal());
            }
        }
    }

    private RecordedFact changeableBy(FactId factId, Actor actor) {
        RecordedFact recorded = facts.get(factId);
        if (recorded == null) {
            throw new UnknownFact();
        }
        if (!recorded.owningAgency().equals(actor.agency())) {
            throw new NotTheOwningAgency();
        }
        if (recorded.retracted()) {
            throw new FactAlreadyRetracted();
        }
        return recorded;
    }

    private static void bornSinceTheEarliestDate(PersonDetails details) {
        if (details.dateOfBirth().isBefore(PersonDetails.EARLIEST_DATE_OF_BIRTH)) {
            throw new DateOfBirthTooEarly(details.dateOfBirth());
        }
    }

    private static void requireNotAfter(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DatedInFuture(date);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired();
        }
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(PersonDetailsCorrected event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(DeathRecorded event) {
        dateOfDeath = event.dateOfDeath();
    }

    @EventSourcingHandler
    void on(AgencyFactRecorded event) {
        facts.put(event.factId(), new RecordedFact(FactCatalogue.name(event.fact()), event.owningAgency(), false));
    }

    @EventSourcingHandler
    void on(AgencyFactRetracted event) {
        facts.computeIfPresent(event.factId(), (id, fact) -> fact.retract());
    }

    /** What the aggregate remembers of a fact to decide about corrections and retractions. */
    private record RecordedFact(String kind, AgencyId owningAgency, boolean retracted) {

        RecordedFact retract() {
            return new RecordedFact(kind, owningAgency, true);
        }
    }
}
