/**
 * A data officer's imports of their agency's data extracts (CSV), for early identification of families: the kinds
 * of extract and their columns, uploading a file for case-service's dry run, following the dry run and the import
 * on a page that refreshes itself without JavaScript, the dry run's report (and its CSV, passed through from
 * case-service) with the button that imports the file, and the rows whose person the data officer decides: a person
 * suggested, another, a new person, or none (the row skipped). case-service refuses anyone but a data officer (403)
 * and takes the agency from the token.
 */
package uk.joinedup.webui.imports;
