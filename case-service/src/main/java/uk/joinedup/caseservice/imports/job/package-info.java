/**
 * An import's work, off the request thread and kept in the store so that it survives a restart ({@link
 * uk.joinedup.caseservice.imports.job.Imports} is what the API asks of it).
 *
 * <ol>
 *   <li><b>Upload.</b> The whole file is read before anything is kept: a file that cannot be read, even in its
 *       last row, is refused whole and nothing of it is kept. Its rows are kept in parts, and the dry run
 *       queued.
 *   <li><b>Dry run</b> ({@code DryRun}). Each row is read against its type (refused with every problem, each
 *       with its column and reason); for a type with a subject, the person its fact is recorded on is looked
 *       up by the identifier the row gives ({@code Subjects}: refused if nobody registered holds it); the row is
 *       set aside if it repeats an earlier row's source key or was imported
 *       before with the same content (the ledger, by fact id), and otherwise matched to registered people
 *       ({@code imports.matching}): matched, to review, a new person (types that register people) or not
 *       matched. Nothing is recorded: after a restart it starts again, and when it ends the file's rows are
 *       forgotten (the dry run's rows hold what the import needs).
 *   <li><b>Import</b> ({@code ImportRun}), started once by a data officer of the agency. Each part's rows are
 *       recorded through the person's own commands (every rule of the record applies), as whoever started
 *       it (for a type with a subject, on the subject's record, the fact naming the row's person); the parts are done in turn and the job moves on after each, so that after a restart it carries on
 *       from the part it had reached. A row's fact id comes from its source and source key ({@code RowIds}),
 *       so a row is never recorded twice: a re-run of the same file finds every row unchanged.
 *   <li><b>Review.</b> When every part is done, the rows to review wait in the agency's queue until a data
 *       officer matches each to someone, registers a new person for it, or skips it: once (a decision is a
 *       document inserted once, so a second is a conflict).
 * </ol>
 *
 * What an import staged is working data, the events being the record: it is deleted {@code
 * joinedup.imports.keep-staged-for} (30 days) after the import finishes ({@code StagingExpiry}), and an erased person
 * is forgotten in whatever is kept, and in the ledger, when their record is erased ({@code ErasedPeopleInImports}).
 */
package uk.joinedup.caseservice.imports.job;
