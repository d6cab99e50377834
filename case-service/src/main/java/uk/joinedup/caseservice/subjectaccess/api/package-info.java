/**
 * The subject access request's contract: commands, events and ids (records, one per file, the persisted
 * contract), and the query for a request's assembled response with its answer.
 */
package uk.joinedup.caseservice.subjectaccess.api;
