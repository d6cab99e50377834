/**
 * Encryption of personal data at rest (ADR 31): AES-256-GCM envelopes ({@link
 * uk.joinedup.caseservice.infrastructure.crypto.Aes256Gcm}) under a key per data subject ({@link
 * uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys}). The keys are stored in {@code subject_keys}, grouped into 1,024 bucket
 * documents ({@link uk.joinedup.caseservice.infrastructure.crypto.MongoSubjectKeys}), each wrapped by a master key held outside the
 * database ({@link uk.joinedup.caseservice.infrastructure.crypto.FileMasterKeys}), and remembered in memory ({@link
 * uk.joinedup.caseservice.infrastructure.crypto.CachedSubjectKeys}). Destroying a subject's key leaves a tombstone,
 * so what was sealed under it reads as erased everywhere, backups included, and is never confused with a key that
 * is merely missing. Key material is never in an event, a log line, an exception message or a {@code toString()}.
 */
package uk.joinedup.caseservice.infrastructure.crypto;
