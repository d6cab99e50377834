/**
 * Bulk import of agency data extracts (CSV), for early identification: an agency's data officer uploads an
 * extract of a documented type, a dry run reports what each row would do, and the import records each row as
 * a fact of the supplying agency about the person it was matched to, so that the facts are disclosed like
 * any other through the sharing policy.
 *
 * <ul>
 *   <li>{@code extracts}: the extract types (configuration: one YAML file per type under {@code imports/} on
 *       the class path, mapping its columns to who the row is about and to a fact of the catalogue), and
 *       reading a file's rows into facts, or refusing a row with its column and reason.
 *   <li>{@code matching}: the pure decision of which known person a row is about.
 *   <li>{@code job}: an import's work, off the request thread, kept in the store so that it survives a
 *       restart: the dry run, the import, the review queue of rows a person must decide, and the ledger of
 *       rows imported (a row's identity is its source and source key, so a re-run is idempotent).
 *   <li>{@code web}: the API.
 * </ul>
 */
package uk.joinedup.caseservice.imports;
