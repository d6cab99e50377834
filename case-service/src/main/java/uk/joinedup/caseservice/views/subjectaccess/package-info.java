/**
 * The response to a subject access request (ADR 32), composed across features: the person's record, the
 * families they are in or have been in (with their members' records, their assessments, plans and reviews), their consents and
 * emergency overrides, and who looked at their information (the access log's search by person), every piece
 * from a read model by {@code _id} or from the access log's person index, never by a scan. Nothing is filtered
 * by a viewer's sharing policy: an information-governance officer answers for the whole council. Third
 * parties' information is redacted by {@code Redactor}, pure, with the officer's overrides applied, and every
 * assembly is logged in the access log as a {@code SUBJECT_ACCESS} view.
 */
package uk.joinedup.caseservice.views.subjectaccess;
