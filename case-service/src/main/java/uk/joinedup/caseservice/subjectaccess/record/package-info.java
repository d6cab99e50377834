/**
 * The subject access requests as information-governance officers list and review them: each request by its id, with
 * its deadline as extended, the statutory one and each extension, its overrides and how it ended, and the ids of
 * the open ones in one small document (a council has tens open at a time), so that the list is two {@code _id}
 * reads.
 */
package uk.joinedup.caseservice.subjectaccess.record;
