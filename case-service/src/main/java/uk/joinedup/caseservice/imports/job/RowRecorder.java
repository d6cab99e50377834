package uk.joinedup.caseservice.imports.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.imports.extracts.ReadRow;
import uk.joinedup.caseservice.imports.job.ImportStore.LedgerEntry;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.CorrectAgencyFact;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.IsPersonRegistered;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RecordAgencyFacts;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Records a row's fact about a person through the person's own commands, so that every rule of the record
 * applies to an imported fact as to one typed in; and registers the person a row about nobody registered is
 * about. Each row recorded goes into the ledger, which is how a re-run knows it.
 */
@Component
class RowRecorder {

    private static final String ALREADY_RECORDED = "fact-already-recorded";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ImportStore store;
    private final Clock clock;

    RowRecorder(CommandGateway commands, QueryGateway queries, ImportStore store, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.store = store;
        this.clock = clock;
    }

    /** Whether someone is registered with this id (the person index says). */
    boolean registered(String personId) {
        return queries.query(new IsPersonRegistered(new PersonId(personId)), Boolean.class)
                .join();
    }

    /** Registers the person the row is about, unless they are registered already. */
    void register(String personId, StagedRow row, Actor actor) {
        if (registered(personId)) {
            return;
        }
        try {
            commands.sendAndWait(new RegisterPerson(new PersonId(personId), details(row), today(), actor));
        } catch (ConcurrencyException registeredMeanwhile) {
            // another row about them registered them first: the same person, by the same id
        }
    }

    /**
     * Records (or, for a row imported before with other content, corrects) the row's fact about the person: on
     * their record, or for a type with a subject on the subject's, naming them.
     *
     * @param reference how the record names the row in a correction's reason: the file and row
     */
    RowResult record(StagedRow row, String personId, String reference, Actor actor) {
        try {
            if (row.changed()) {
                commands.sendAndWait(new CorrectAgencyFact(
                        new PersonId(row.whoseRecord(personId)),
                        new FactId(row.factId()),
                        row.factNaming(personId),
                        row.occurredOn(),
                        "Corrected by a later extract: " + reference,
                        today(),
                        actor));
            } else {
                commands.sendAndWait(new RecordAgencyFact(
                        new PersonId(row.whoseRecord(personId)),
                        new FactId(row.factId()),
                        row.factNaming(personId),
                        row.occurredOn(),
                        today(),
                        actor));
            }
        } catch (RuleViolation refused) {
            if (!refused.code().equals(ALREADY_RECORDED)) {
                return new RowResult(RowResult.State.REFUSED, personId, refused.getMessage());
            }
            // recorded by this import before a restart stopped it: the same row, by the same fact id
        }
        return ledger(row, personId);
    }

    /**
     * Records the facts of several rows, each about the person it was matched to or registered for, on one
     * person's record in one command (all or none); if the record refuses one, each row is recorded on its own,
     * so that only the refused row is refused.
     *
     * @param whoseRecord the person whose record every one of the rows' facts goes on ({@link
     *     StagedRow#whoseRecord})
     * @param reference how the record names each row in a correction's reason, from its row number
     */
    List<RowResult> recordAll(List<StagedRow> rows, String whoseRecord, IntFunction<String> reference, Actor actor) {
        if (rows.size() > 1 && rows.stream().noneMatch(StagedRow::changed)) {
            try {
                commands.sendAndWait(new RecordAgencyFacts(
                        new PersonId(whoseRecord),
                        rows.stream()
                                .map(row -> new RecordAgencyFacts.FactToRecord(
                                        new FactId(row.factId()), row.factNaming(row.personId()), row.occurredOn()))
                                .toList(),
                        today(),
                        actor));
                return rows.stream().map(row -> ledger(row, row.personId())).toList();
            } catch (RuleViolation oneRefused) {
                // recorded one by one below: the refused row is refused, the others recorded
            }
        }
        return rows.stream()
                .map(row -> record(row, row.personId(), reference.apply(row.row()), actor))
                .toList();
    }

    private RowResult ledger(StagedRow row, String personId) {
        store.recorded(new LedgerEntry(row.factId(), row.contentHash(), personId, clock.instant()));
        return new RowResult(RowResult.State.IMPORTED, personId, null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static PersonDetails details(StagedRow row) {
        ExtractIdentity who = row.identity();
        ReadRow.Address address = row.address();
        boolean hasAddress = who.postcode() != null || address != null && address.line1() != null;
        return new PersonDetails(
                new PersonName(who.givenNames(), who.familyName()),
                who.dateOfBirth(),
                null,
                hasAddress
                        ? new Address(
                                address != null ? address.line1() : null,
                                null,
                                address != null ? address.town() : null,
                                who.postcode(),
                                null)
                        : null,
                new PersonIdentifiers(
                        who.nhsNumber() != null ? NhsNumber.parse(who.nhsNumber()) : null,
                        who.nationalInsuranceNumber() != null
                                ? NationalInsuranceNumber.parse(who.nationalInsuranceNumber())
                                : null,
                        who.uniquePupilNumber() != null ? UniquePupilNumber.parse(who.uniquePupilNumber()) : null));
    }
}
