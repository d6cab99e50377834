package uk.joinedup.identity.audit;

import java.time.Instant;

/**
 * Which events to read: each part null for any.
 *
 * @param agencyId only events about this agency's users, teams or the agency itself
 * @param subject only events about this user
 * @param type only this kind
 * @param from on or after
 * @param until before
 */
public record AuditFilter(String agencyId, String subject, AuditEventType type, Instant from, Instant until) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }

    boolean matches(AuditEvent event) {
        return (agencyId == null || agencyId.equals(event.agencyId()))
                && (subject == null || subject.equals(event.subject()))
                && (type == null || type == event.type())
                && (from == null || !event.at().isBefore(from))
                && (until == null || event.at().isBefore(until));
    }
}
