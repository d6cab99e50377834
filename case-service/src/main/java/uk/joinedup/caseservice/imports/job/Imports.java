package uk.joinedup.caseservice.imports.job;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.imports.api.GetRowsToReview;
import uk.joinedup.caseservice.imports.api.RowsToReview;
import uk.joinedup.caseservice.imports.extracts.ExtractReader;
import uk.joinedup.caseservice.imports.extracts.ExtractRow;
import uk.joinedup.caseservice.imports.extracts.ExtractType;
import uk.joinedup.caseservice.imports.extracts.ExtractTypes;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;
import uk.joinedup.caseservice.rules.NoSuchRecord;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * What the API asks of imports: upload a file (read whole, then kept and checked off the request thread),
 * see an agency's imports, start one after its dry run, and decide the rows to review. An import belongs to
 * the agency that uploaded it: any other is answered as if it did not exist.
 */
@Component
public class Imports {

    /** Rows to review shown at once. */
    static final int REVIEW_PAGE = 50;

    private final ImportStore store;
    private final ImportRunner runner;
    private final ExtractTypes types;
    private final RowRecorder recorder;
    private final Clock clock;
    private final Disclosure disclosure = Disclosure.withoutAgreements();

    Imports(ImportStore store, ImportRunner runner, ExtractTypes types, RowRecorder recorder, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.types = types;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Reads the whole file (refusing it whole if it cannot be read) and starts its dry run.
     *
     * @return the import's id
     */
    public String upload(ExtractType type, String fileName, InputStream file, Actor actor) {
        List<ExtractRow> rows = ExtractReader.read(type, file);
        String importId = UUID.randomUUID().toString();
        store.create(
                ImportJob.uploaded(
                        importId,
                        type.id(),
                        fileName,
                        actor,
                        clock.instant(),
                        rows.size(),
                        ImportStore.chunksFor(rows.size())),
                rows);
        runner.submit(importId);
        return importId;
    }

    public List<ImportJob> of(Actor actor) {
        return store.jobsOf(actor.agency().value());
    }

    public ImportJob find(String importId, Actor actor) {
        return store.job(importId)
                .filter(job -> job.agencyId().equals(actor.agency().value()))
                .orElseThrow(NoSuchRecord::new);
    }

    /**
     * Every row's outcome, in row order: a line for each problem of a refused row, and the record's refusals. None
     * once the staged rows are deleted ({@link StagingExpiry}): the job's counts stay.
     */
    public List<ReportLine> report(ImportJob job) {
        List<ReportLine> lines = new ArrayList<>();
        if (job.status() == ImportStatus.CHECKING || job.stagingForgottenAt() != null) {
            return lines;
        }
        for (int chunk = 0; chunk < job.chunks(); chunk++) {
            Map<String, RowResult> results = store.results(job.importId(), chunk);
            for (StagedRow row : store.staged(job.importId(), chunk)) {
                RowResult result = results.get(String.valueOf(row.row()));
                if (result != null && result.state() == RowResult.State.REFUSED) {
                    lines.add(new ReportLine(row.row(), "REFUSED_AT_IMPORT", null, result.reason()));
                } else if (row.problems().isEmpty()) {
                    lines.add(new ReportLine(row.row(), row.outcome().name(), null, null));
                } else {
                    row.problems()
                            .forEach(problem -> lines.add(new ReportLine(
                                    row.row(), row.outcome().name(), problem.column(), problem.reason())));
                }
            }
        }
        return lines;
    }

    /** Rows decided in the review queue and recorded, added to those the import recorded. */
    public int importedAfterReview(ImportJob job) {
        List<ReviewList.Entry> entries = store.awaitingReview(job.importId());
        return (int) store.decisions(ids(job.importId(), entries)).values().stream()
                .filter(decision -> decision.decision() != ReviewChoice.SKIP)
                .count();
    }

    /** The seconds left in the current phase at the rate since it started, when there is a rate to tell. */
    public Optional<Long> secondsLeft(ImportJob job) {
        if (!job.running()) {
            return Optional.empty();
        }
        int done = job.rowsDone() - job.progress().rowsDoneAtPhaseStart();
        long millis = Duration.between(job.progress().phaseStartedAt(), clock.instant())
                .toMillis();
        if (done <= 0 || millis <= 0) {
            return Optional.empty();
        }
        return Optional.of((long) Math.ceil((job.rowsTotal() - job.rowsDone()) * (double) millis / done / 1000));
    }

    /** Starts the import of a dry run's rows, once: a second start, or one before the dry run ends, is a conflict. */
    public void start(String importId, Actor actor) {
        ImportJob job = find(importId, actor);
        if (job.status() != ImportStatus.CHECKED) {
            throw new ImportConflict(
                    switch (job.status()) {
                        case CHECKING -> "The dry run has not finished: import once its report is ready";
                        case DISCARDED -> "This file has been discarded: upload it again to import it";
                        default -> "This import has been started already";
                    });
        }
        if (!store.start(job.importing(actor, clock.instant()))) {
            throw new ImportConflict("This import has been started or discarded already");
        }
        runner.submit(importId);
    }

    /**
     * Discards a dry run's file instead of importing it: nothing is recorded and the rows it staged are forgotten.
     * Only a finished dry run not started; a start and a discard at once: one wins, the other is a conflict.
     */
    public void discard(String importId, Actor actor) {
        ImportJob job = find(importId, actor);
        if (job.status() != ImportStatus.CHECKED) {
            throw new ImportConflict(
                    switch (job.status()) {
                        case CHECKING -> "The dry run has not finished: discard the file once its report is ready";
                        case DISCARDED -> "This file has been discarded already";
                        default -> "This import has been started: its rows cannot be discarded";
                    });
        }
        if (!store.discard(job.discarded(actor))) {
            throw new ImportConflict("This import has been started or discarded already");
        }
    }

    /**
     * The rows to review with the people suggested for each: their identity, which the sharing policy shows
     * anyone who may see that a person exists, to match people (ADR 6); to anyone else, no suggestions.
     */
    @QueryHandler
    RowsToReview handle(GetRowsToReview query) {
        Actor actor = query.viewer();
        boolean identityShown = disclosure.mayShow(
                Viewer.of(actor, clock.instant()), Subject.related(WorkingRelationship.NONE), SharedEntry.existence());
        List<ImportJob> jobs = new ArrayList<>(of(actor).stream()
                .filter(job -> job.status() == ImportStatus.IMPORTED)
                .toList());
        jobs.sort((a, b) -> a.uploadedAt().compareTo(b.uploadedAt()));
        int total = 0;
        List<RowsToReview.ReviewRow> shown = new ArrayList<>();
        for (ImportJob job : jobs) {
            List<ReviewList.Entry> entries = store.awaitingReview(job.importId());
            Map<String, ReviewDecision> decided = store.decisions(ids(job.importId(), entries));
            List<ReviewList.Entry> waiting = entries.stream()
                    .filter(entry -> !decided.containsKey(ReviewDecision.idOf(job.importId(), entry.row())))
                    .toList();
            total += waiting.size();
            for (ReviewList.Entry entry : waiting) {
                if (shown.size() == REVIEW_PAGE) {
                    break;
                }
                StagedRow row = stagedRow(job, entry);
                ExtractIdentity who = row.identity();
                shown.add(new RowsToReview.ReviewRow(
                        job.importId(),
                        job.fileName(),
                        types.nameOf(job.extractType()),
                        row.row(),
                        new RowsToReview.ExtractPerson(
                                who.givenNames(), who.familyName(), who.dateOfBirth(), who.postcode()),
                        identityShown ? row.suggestions() : List.of()));
            }
        }
        return new RowsToReview(total, shown);
    }

    /**
     * Decides a row to review, once: records its fact about the person matched (or registered for it), or
     * skips it. A second decision of the same row is a conflict; a refusal by the record leaves it waiting.
     */
    public void decide(String importId, int rowNumber, ReviewChoice choice, String personId, Actor actor) {
        ImportJob job = find(importId, actor);
        ReviewList.Entry entry = store.awaitingReview(importId).stream()
                .filter(candidate -> candidate.row() == rowNumber)
                .findFirst()
                .orElseThrow(NoSuchRecord::new);
        StagedRow row = stagedRow(job, entry);
        ExtractType type = types.find(job.extractType()).orElseThrow();
        String about =
                switch (choice) {
                    case MATCH -> registered(personId);
                    case NEW_PERSON -> registrable(job, type, row.identity());
                    case SKIP -> null;
                };
        String id = ReviewDecision.idOf(importId, rowNumber);
        if (!store.decide(new ReviewDecision(id, choice, about, actor.userId(), clock.instant()))) {
            throw new ImportConflict("Someone has decided this row already");
        }
        if (choice == ReviewChoice.SKIP) {
            return;
        }
        try {
            if (choice == ReviewChoice.NEW_PERSON) {
                recorder.register(about, row, actor);
            }
            RowResult result = recorder.record(row, about, job.fileName() + ", row " + rowNumber, actor);
            if (result.state() == RowResult.State.REFUSED) {
                throw DecisionRefused.byTheRecord(result.reason());
            }
        } catch (RuntimeException e) {
            store.undecide(id);
            throw e;
        }
    }

    private String registered(String personId) {
        if (personId == null || personId.isBlank() || !recorder.registered(personId)) {
            throw DecisionRefused.unknownPerson();
        }
        return personId;
    }

    /** The id of the person to register: the one the import would have registered for the row. */
    private static String registrable(ImportJob job, ExtractType type, ExtractIdentity who) {
        if (!type.createsPeople()) {
            throw DecisionRefused.typeRegistersNobody(type.name());
        }
        if (who.givenNames() == null || who.familyName() == null || who.dateOfBirth() == null) {
            throw DecisionRefused.notEnoughToRegister();
        }
        return RowIds.newPersonId(job.agencyId(), type.id(), who);
    }

    private StagedRow stagedRow(ImportJob job, ReviewList.Entry entry) {
        return store.staged(job.importId(), entry.chunk()).stream()
                .filter(row -> row.row() == entry.row())
                .findFirst()
                .orElseThrow();
    }

    private static List<String> ids(String importId, List<ReviewList.Entry> entries) {
        return entries.stream()
                .map(entry -> ReviewDecision.idOf(importId, entry.row()))
                .toList();
    }
}
