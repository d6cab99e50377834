/**
 * The access log: every view of a person's or family's record, and every identity search, appended as a
 * tamper-evident chain of records (each carries the SHA-256 of the one before and of its own content),
 * durable before the page is shown. Information-governance officers filter, export and verify it.
 */
package uk.joinedup.caseservice.accesslog;
