package uk.joinedup.identity.audit;

/**
 * Which events to read: each part null for any.
 *
 * @param agencyId only events about this agency's users, teams or the agency itself
 * @param subject only events about this user
 * @param type only this kind
 */
public record AuditFilter(String agencyId, String subject, AuditEventType type) {

    boolean matches(AuditEvent event) {
        return (agencyId == null || agencyId.equals(event.agencyId()))
                && (subject == null || subject.equals(event.subject()))
                && (type == null || type == event.type());
    }
}
