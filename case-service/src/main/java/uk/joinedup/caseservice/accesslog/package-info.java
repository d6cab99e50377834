/**
 * The access log: every view of a person's or family's record, and every identity search, appended as a
 * tamper-evident chain of records (each carries the SHA-256 of the one before and of its own content),
 * durable before the page is shown ({@link uk.joinedup.caseservice.accesslog.AccessLog}). Records are
 * found through small index documents keyed by day, person, user and agency ({@link
 * uk.joinedup.caseservice.accesslog.AccessLogSearch}), and the chain is walked by {@link
 * uk.joinedup.caseservice.accesslog.ChainVerifier}. Information-governance officers filter, export and
 * verify it through {@code web}. A search's text is hashed through a salted digest, so that an erasure can redact
 * it and the chain still verifies ({@code SearchRedaction}). See
 * docs/adr/0011-access-log.md and docs/adr/0031-crypto-shredding-design.md.
 */
package uk.joinedup.caseservice.accesslog;
