/**
 * The audit trail of identity: sign-ins and their failures, lockouts, second-factor enrolment and
 * resets, invitations, role changes, deactivations and every administrator's change, as append-only
 * documents in {@code audit_events} keyed by a dense sequence (read newest first by {@code $in}
 * batches of ids), and each user's latest sign-ins in {@code sign_in_history}. Administrators read and
 * export it (CSV) in {@code admin}.
 */
package uk.joinedup.identity.audit;
