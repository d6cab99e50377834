/**
 * The erasures as information-governance officers list and decide them: each erasure by its id (subject, the
 * schedule and day that ended retention, the hold, who approved it and when the key was destroyed), and the ids
 * of the proposed, held and approved erasures in one small document each, the completed ones in one document
 * per month, so that the officers' list is a few {@code _id} reads, never a scan.
 */
package uk.joinedup.caseservice.retention.erasure.record;
