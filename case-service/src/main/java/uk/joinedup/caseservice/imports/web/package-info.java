/**
 * The imports API, for an agency's data officers ({@code DATA_OFFICER}): the extract types with their
 * columns documented, uploading a file, following its dry run and import, its report as CSV, and the review
 * queue. The agency is the signed-in user's; another agency's import is answered as if it did not exist.
 */
package uk.joinedup.caseservice.imports.web;
