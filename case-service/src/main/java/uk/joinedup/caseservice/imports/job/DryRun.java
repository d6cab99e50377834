package uk.joinedup.caseservice.imports.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.imports.api.Suggestion;
import uk.joinedup.caseservice.imports.extracts.ExtractRow;
import uk.joinedup.caseservice.imports.extracts.ExtractType;
import uk.joinedup.caseservice.imports.extracts.ExtractTypes;
import uk.joinedup.caseservice.imports.extracts.ReadRow;
import uk.joinedup.caseservice.imports.extracts.RowReader;
import uk.joinedup.caseservice.imports.job.ImportStore.LedgerEntry;
import uk.joinedup.caseservice.imports.matching.KnownPerson;
import uk.joinedup.caseservice.imports.matching.MatchDecision;
import uk.joinedup.caseservice.imports.matching.MatchThresholds;
import uk.joinedup.caseservice.imports.matching.PersonMatcher;
import uk.joinedup.caseservice.person.api.CandidatePerson;
import uk.joinedup.caseservice.person.api.FindMatchCandidates;

/**
 * The dry run: reads every row against its type, looks up the person each row's fact is recorded on for a type
 * with a subject, sets aside repeats and rows imported before, matches the rest to registered people, and keeps
 * what each row would do. It records nothing: the report is ready when it
 * ends, and after a restart it starts again from the first row.
 */
@Component
class DryRun {

    private final ImportStore store;
    private final ExtractTypes types;
    private final QueryGateway queries;
    private final Clock clock;
    private final MatchThresholds thresholds;

    DryRun(ImportStore store, ExtractTypes types, QueryGateway queries, Clock clock, MatchThresholds thresholds) {
        this.store = store;
        this.types = types;
        this.queries = queries;
        this.clock = clock;
        this.thresholds = thresholds;
    }

    ImportJob run(ImportJob job) {
        ExtractType type = types.find(job.extractType()).orElseThrow();
        RowReader reader = new RowReader(type, LocalDate.now(clock));
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
        List<RowProblem> refusals = new ArrayList<>();
        int refusalsTotal = 0;
        int changed = 0;
        int rowsDone = 0;
        for (int chunk = 0; chunk < job.chunks(); chunk++) {
            List<StagedRow> staged = stage(job, type, reader, store.fileRows(job.importId(), chunk), firstRowOfKey);
            for (StagedRow row : staged) {
                outcomes.merge(row.outcome(), 1, Integer::sum);
                changed += row.changed() ? 1 : 0;
                if (row.outcome() == RowOutcome.REFUSED || row.outcome() == RowOutcome.DUPLICATE) {
                    refusalsTotal++;
                    for (ReadRow.Problem problem : row.problems()) {
                        if (refusals.size() < ImportJob.REFUSALS_KEPT) {
                            refusals.add(new RowProblem(row.row(), problem.column(), problem.reason()));
                        }
                    }
                }
            }
            store.stage(job.importId(), chunk, staged);
            rowsDone += staged.size();
            job = job.progressed(chunk + 1, rowsDone);
            store.save(job);
        }
        job = job.checked(new ImportJob.Report(ImportCounts.of(outcomes, changed), refusals, refusalsTotal));
        store.save(job);
        store.forgetFile(job);
        return job;
    }

    /** What each row of a part would do: read, then set aside, then matched all at once. */
    private List<StagedRow> stage(
            ImportJob job,
            ExtractType type,
            RowReader reader,
            List<ExtractRow> rows,
            Map<String, Integer> firstRowOfKey) {
        List<ReadRow> read = rows.stream().map(reader::read).toList();
        List<ReadRow.Accepted> lookedUp = Subjects.toLookUp(type, read);
        Subjects.Found subjects = Subjects.find(
                type,
                read,
                lookedUp,
                candidates(
                        job,
                        lookedUp.stream()
                                .map(row -> Subjects.described(row.subject()))
                                .toList()));
        read = subjects.rows();
        Map<Integer, StagedRow.RecordedOn> recordedOn = subjects.recordedOn();
        Map<Integer, String> factIds = new HashMap<>();
        for (ReadRow row : read) {
            if (row instanceof ReadRow.Accepted accepted) {
                factIds.put(row.row(), RowIds.factId(job.agencyId(), type.id(), accepted.sourceKey()));
            }
        }
        Map<String, LedgerEntry> ledger = store.ledger(factIds.values());
        List<StagedRow> staged = new ArrayList<>();
        List<ReadRow.Accepted> toMatch = new ArrayList<>();
        for (ReadRow row : read) {
            if (row instanceof ReadRow.Refused refused) {
                staged.add(refused(refused));
                continue;
            }
            ReadRow.Accepted accepted = (ReadRow.Accepted) row;
            String factId = factIds.get(row.row());
            Integer first = firstRowOfKey.putIfAbsent(accepted.sourceKey(), row.row());
            LedgerEntry before = ledger.get(factId);
            if (first != null) {
                staged.add(staged(
                        accepted,
                        recordedOn,
                        RowOutcome.DUPLICATE,
                        factId,
                        null,
                        false,
                        List.of(),
                        List.of(new ReadRow.Problem(
                                null,
                                "The same " + String.join(" and ", type.sourceKey()) + " as row " + first
                                        + ": not imported twice"))));
            } else if (before != null) {
                boolean same = before.contentHash().equals(accepted.contentHash());
                staged.add(staged(
                        accepted,
                        recordedOn,
                        same ? RowOutcome.UNCHANGED : RowOutcome.MATCHED,
                        factId,
                        before.personId(),
                        !same,
                        List.of(),
                        List.of()));
            } else {
                toMatch.add(accepted);
                staged.add(null); // matched below, in this place
            }
        }
        List<List<CandidatePerson>> candidates = candidates(
                job,
                toMatch.stream()
                        .map(ReadRow.Accepted::identity)
                        .map(who -> new FindMatchCandidates.Described(
                                who.dateOfBirth(),
                                who.postcode(),
                                who.nhsNumber(),
                                who.nationalInsuranceNumber(),
                                who.uniquePupilNumber()))
                        .toList());
        int next = 0;
        for (int i = 0; i < staged.size(); i++) {
            if (staged.get(i) == null) {
                ReadRow.Accepted row = toMatch.get(next);
                staged.set(i, matched(job, type, row, recordedOn, factIds.get(row.row()), candidates.get(next)));
                next++;
            }
        }
        return staged;
    }

    /** The registered people who may be each of those described, all asked at once. */
    private List<List<CandidatePerson>> candidates(ImportJob job, List<FindMatchCandidates.Described> described) {
        if (described.isEmpty()) {
            return List.of();
        }
        return queries.query(new FindMatchCandidates(described, job.uploadedBy()), FindMatchCandidates.Found.class)
                .join()
                .candidates();
    }

    private StagedRow matched(
            ImportJob job,
            ExtractType type,
            ReadRow.Accepted row,
            Map<Integer, StagedRow.RecordedOn> recordedOn,
            String factId,
            List<CandidatePerson> candidates) {
        Map<String, CandidatePerson> byId = new HashMap<>();
        candidates.forEach(candidate -> byId.put(candidate.personId(), candidate));
        MatchDecision decision = PersonMatcher.decide(
                row.identity(), candidates.stream().map(DryRun::known).toList(), thresholds);
        return switch (decision.outcome()) {
            case APPLY ->
                staged(row, recordedOn, RowOutcome.MATCHED, factId, decision.personId(), false, List.of(), List.of());
            case REVIEW ->
                staged(
                        row,
                        recordedOn,
                        RowOutcome.TO_REVIEW,
                        factId,
                        null,
                        false,
                        decision.candidates().stream()
                                .map(scored -> {
                                    CandidatePerson person = byId.get(scored.personId());
                                    return new Suggestion(
                                            person.personId(),
                                            person.givenNames(),
                                            person.familyName(),
                                            person.dateOfBirth(),
                                            scored.score(),
                                            scored.reasons());
                                })
                                .toList(),
                        List.of());
            case NO_MATCH ->
                type.createsPeople()
                        ? staged(
                                row,
                                recordedOn,
                                RowOutcome.NEW_PERSON,
                                factId,
                                RowIds.newPersonId(job.agencyId(), type.id(), row.identity()),
                                false,
                                List.of(),
                                List.of())
                        : staged(
                                row,
                                recordedOn,
                                RowOutcome.NOT_MATCHED,
                                factId,
                                null,
                                false,
                                List.of(),
                                List.of(new ReadRow.Problem(
                                        null,
                                        "Nobody registered matches, and a " + type.name()
                                                + " extract does not register people")));
        };
    }

    private static KnownPerson known(CandidatePerson person) {
        return new KnownPerson(
                person.personId(),
                person.givenNames(),
                person.familyName(),
                person.dateOfBirth(),
                person.postcode(),
                person.nhsNumber(),
                person.nationalInsuranceNumber(),
                person.uniquePupilNumber(),
                person.previousNames());
    }

    private static StagedRow refused(ReadRow.Refused row) {
        return new StagedRow(
                row.row(),
                RowOutcome.REFUSED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of(),
                row.problems(),
                null);
    }

    private static StagedRow staged(
            ReadRow.Accepted row,
            Map<Integer, StagedRow.RecordedOn> recordedOn,
            RowOutcome outcome,
            String factId,
            String personId,
            boolean changed,
            List<Suggestion> suggestions,
            List<ReadRow.Problem> problems) {
        return new StagedRow(
                row.row(),
                outcome,
                factId,
                row.identity(),
                row.address(),
                row.fact(),
                row.occurredOn(),
                row.contentHash(),
                personId,
                changed,
                suggestions,
                problems,
                recordedOn.get(row.row()));
    }
}
