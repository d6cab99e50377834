package uk.joinedup.identity.admin;

import uk.joinedup.identity.audit.AuditEvent;
import uk.joinedup.identity.infrastructure.Times;

/**
 * An audit event as the pages show it.
 *
 * @param at when, for display
 * @param type the event type's name (its words come from the message bundle)
 * @param actor who did it
 * @param subject who it happened to
 * @param address from where
 * @param detail a short detail, or null
 */
record AuditRow(String at, String type, String actor, String subject, String address, String detail) {

    static AuditRow of(AuditEvent event) {
        return new AuditRow(
                Times.display(event.at()),
                event.type().name(),
                event.actor(),
                event.subject(),
                event.address(),
                event.detail());
    }
}
