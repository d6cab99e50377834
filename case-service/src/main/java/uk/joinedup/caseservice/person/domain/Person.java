package uk.joinedup.caseservice.person.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.EsaGroupChanged;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.catalogue.LeftSchoolRoll;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;
import uk.joinedup.caseservice.catalogue.PregnancyRecorded;
import uk.joinedup.caseservice.catalogue.RejoinedSchoolRoll;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.CorrectAgencyFact;
import uk.joinedup.caseservice.person.api.CorrectPersonDetails;
import uk.joinedup.caseservice.person.api.DeathRecorded;
import uk.joinedup.caseservice.person.api.EraseRecord;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RecordAgencyFacts;
import uk.joinedup.caseservice.person.api.RecordDeath;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.caseservice.person.api.RetractAgencyFact;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.rules.RecordErased;

/**
 * A person and the facts agencies record about them: the consistency boundary for their record.
 * Nothing is overwritten: corrections and retractions are new events.
 */
@Revision("3") // snapshots from before did not remember whether it was erased: they are not read, the events are
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Person {

    /** Nobody under 10 can commit an offence in England and Wales. */
    private static final int AGE_OF_CRIMINAL_RESPONSIBILITY = 10;

    /** The longest a pregnancy lasts, about: no due date is further ahead of the day a pregnancy is known. */
    private static final Period LONGEST_PREGNANCY = Period.ofWeeks(42);

    @AggregateIdentifier
    private PersonId personId;

    private PersonDetails details;
    private LocalDate dateOfDeath;
    /** In the order they were recorded. */
    private final Map<FactId, RecordedFact> facts = new LinkedHashMap<>();

    /** Erased when its retention ended: it refuses every command. */
    private boolean erased;

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

    /**
     * Records the fact, or, for a term's attendance the agency already recorded, corrects that record.
     *
     * @return the id of the fact recorded or corrected
     */
    @CommandHandler
    FactId handle(RecordAgencyFact command) {
        return record(command.factId(), command.fact(), command.occurredOn(), command.recordedOn(), command.actor());
    }

    /** Records each fact in turn as {@link #handle(RecordAgencyFact)} would: all of them, or none if one is refused. */
    @CommandHandler
    void handle(RecordAgencyFacts command) {
        if (command.facts().isEmpty()) {
            throw new NothingToRecord();
        }
        for (RecordAgencyFacts.FactToRecord each : command.facts()) {
            record(each.factId(), each.fact(), each.occurredOn(), command.recordedOn(), command.actor());
        }
    }

    private FactId record(FactId factId, AgencyFact fact, LocalDate occurredOn, LocalDate recordedOn, Actor actor) {
        if (facts.containsKey(factId)) {
            throw new FactAlreadyRecorded();
        }
        requireRecordable(factId, fact, occurredOn, recordedOn, actor);
        if (fact instanceof TermAttendanceRecorded attendance) {
            FactId earlier = attendanceFor(attendance, factId);
            if (earlier != null) {
                return recordAttendanceAgain(earlier, attendance, occurredOn, actor);
            }
        }
        apply(new AgencyFactRecorded(
                personId, factId, fact, occurredOn, actor.agency(), FactCatalogue.category(fact, actor.agencyKind())));
        return factId;
    }

    /** A second record of a term's attendance corrects the first: a child has one record a term. */
    private FactId recordAttendanceAgain(
            FactId earlier, TermAttendanceRecorded attendance, LocalDate occurredOn, Actor actor) {
        RecordedFact recorded = facts.get(earlier);
        if (!recorded.owningAgency().equals(actor.agency())) {
            throw new AttendanceRecordedByAnotherAgency(attendance.academicYear(), attendance.term());
        }
        if (!recorded.fact().equals(attendance) || !recorded.occurredOn().equals(occurredOn)) {
            apply(new AgencyFactCorrected(
                    personId,
                    earlier,
                    attendance,
                    occurredOn,
                    "Attendance for the " + attendance.term().name().toLowerCase(Locale.UK) + " term of "
                            + attendance.academicYear() + " recorded again"));
        }
        return earlier;
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
        requireRecordable(
                command.factId(), command.fact(), command.occurredOn(), command.recordedOn(), command.actor());
        if (command.fact() instanceof TermAttendanceRecorded attendance
                && attendanceFor(attendance, command.factId()) != null) {
            throw new AttendanceAlreadyRecorded(attendance.academicYear(), attendance.term());
        }
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

    private void requireRecordable(FactId factId, AgencyFact fact, LocalDate occurredOn, LocalDate today, Actor actor) {
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
            requireOffenceByThisPerson(offence, occurredOn);
        } else if (fact instanceof PregnancyRecorded pregnancy) {
            requireDueDateInPregnancy(pregnancy.dueOn(), occurredOn);
        }
        RecordedFacts others = new RecordedFacts(personId, factId, facts);
        if (fact instanceof ParentRecorded parent) {
            others.requireAnotherParent(parent);
        } else if (fact instanceof ParentsSeparated separated) {
            others.requireRecordedParents(separated);
        } else if (fact instanceof EsaGroupChanged change) {
            others.requireEsaGroupChange(change, occurredOn);
        } else if (fact instanceof TreatmentStarted start) {
            others.requireFirstTreatmentIsFirst(start, occurredOn);
        } else if (fact instanceof TreatmentExited exit) {
            others.requireOpenTreatmentStart(exit, occurredOn);
        } else if (fact instanceof LeftSchoolRoll || fact instanceof RejoinedSchoolRoll) {
            others.requireSchoolRollInStep(fact, occurredOn);
        }
    }

    private void requireOffenceByThisPerson(OffenceProven offence, LocalDate provenOn) {
        if (offence.offenceDate().isAfter(provenOn)) {
            throw new OffenceAfterItWasProven(offence.offenceDate(), provenOn);
        }
        if (offence.offenceDate().isBefore(details.dateOfBirth())) {
            throw new OffenceBeforeBirth(offence.offenceDate());
        }
        int ageAtOffence =
                Period.between(details.dateOfBirth(), offence.offenceDate()).getYears();
        if (ageAtOffence < AGE_OF_CRIMINAL_RESPONSIBILITY) {
            throw new OffenceUnderTen(offence.offenceDate());
        }
        if (offence.disposal().youthOnly() && ageAtOffence >= 18) {
            throw new YouthDisposalForAdult(offence.disposal());
        }
    }

    private static void requireDueDateInPregnancy(LocalDate dueOn, LocalDate knownOn) {
        if (dueOn.isBefore(knownOn)) {
            throw new DueDateBeforePregnancyKnown(dueOn, knownOn);
        }
        LocalDate latest = knownOn.plus(LONGEST_PREGNANCY);
        if (dueOn.isAfter(latest)) {
            throw new DueDateTooFarAhead(dueOn, latest);
        }
    }

    /** The live attendance record, other than {@code except}, for the same academic year and term; or null. */
    private FactId attendanceFor(TermAttendanceRecorded attendance, FactId except) {
        return facts.entrySet().stream()
                .filter(entry ->
                        !entry.getKey().equals(except) && !entry.getValue().retracted())
                .filter(entry -> entry.getValue().fact() instanceof TermAttendanceRecorded other
                        && other.academicYear().equals(attendance.academicYear())
                        && other.term() == attendance.term())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
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

    /** Carries out an approved erasure; erasing an erased record again changes nothing. */
    @CommandHandler
    void handle(EraseRecord command) {
        if (!erased) {
            apply(new PersonErased(personId, command.erasureId()));
        }
    }

    /** Every command but the erasure itself is refused once the record is erased (410). */
    @CommandHandlerInterceptor
    void refuseOnceErased(Object command) {
        if (erased && !(command instanceof EraseRecord)) {
            throw new RecordErased();
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
        facts.put(event.factId(), RecordedFact.of(event.fact(), event.occurredOn(), event.owningAgency()));
    }

    @EventSourcingHandler
    void on(AgencyFactCorrected event) {
        facts.computeIfPresent(event.factId(), (id, fact) -> fact.correct(event.fact(), event.occurredOn()));
    }

    @EventSourcingHandler
    void on(AgencyFactRetracted event) {
        facts.computeIfPresent(event.factId(), (id, fact) -> fact.retract());
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        erased = true;
    }

    /** An event whose key is destroyed: the record is erased, even if the erasure's own event were missing. */
    @EventSourcingHandler
    void on(ErasedEvent event, @SourceId String identifier) {
        if (personId == null) {
            personId = new PersonId(identifier);
        }
        erased = true;
    }
}
