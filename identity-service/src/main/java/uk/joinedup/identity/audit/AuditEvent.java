package uk.joinedup.identity.audit;

import java.time.Instant;

/**
 * One audit record. Never a password, code, secret or link.
 *
 * @param sequence its place in the trail, dense from 1
 * @param at when it happened
 * @param type what happened
 * @param actor who did it: a username, or {@code system}
 * @param subject the user (or agency or team) it happened to, or null
 * @param agencyId the agency of the subject, so that agency administrators see their agency's events
 * @param address the network address the request came from, or null
 * @param detail a short plain-text detail, e.g. the roles assigned
 */
public record AuditEvent(
        long sequence,
        Instant at,
        AuditEventType type,
        String actor,
        String subject,
        String agencyId,
        String address,
        String detail) {}
