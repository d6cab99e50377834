/**
 * Extract types as configuration, and reading an extract's file against its type.
 *
 * <p>An extract type is one YAML file under {@code imports/} on the class path ({@link
 * uk.joinedup.caseservice.imports.extracts.ExtractTypes} reads and checks them when the service starts; a file
 * that cannot be used stops the start, naming the file and the problem): its columns, what each gives (who the
 * row is about, a field of the catalogue fact it records, the fact's date, or part of its source key only),
 * the columns that identify a row in its source, its date format, and whether a row about someone nobody
 * has registered registers them. A new source is a new file. A source whose rows are about two people (a
 * school's parents and carers) is configuration too: its {@link
 * uk.joinedup.caseservice.imports.extracts.ExtractSubject} says that the fact is recorded on the registered
 * person a column identifies ({@code subject.<identifier>}) and which of the fact's fields names the row's
 * person; a type whose rows carry no date is dated the day its file is checked ({@code datedOnImport}).
 *
 * <p>{@link uk.joinedup.caseservice.imports.extracts.ExtractReader} reads a CSV file with Apache Commons CSV
 * (UTF-8, a byte order mark allowed, the first row the headings, matched ignoring case); {@link
 * uk.joinedup.caseservice.imports.extracts.RowReader} reads each row into who it is about and the fact it
 * records, checked by the catalogue's own rules (the messages a form would give), or refuses it with every
 * problem and its column. Row numbers are a spreadsheet's: the headings are row 1.
 */
package uk.joinedup.caseservice.imports.extracts;
