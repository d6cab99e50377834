package uk.joinedup.caseservice.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.EventMessage;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;

/**
 * Who recorded an event and when, from the event message's metadata and timestamp.
 *
 * @param by the practitioner's name
 * @param agency their agency
 * @param agencyName their agency's name at the time
 * @param agencyKind their agency's kind at the time, or null for events recorded before kinds were
 * @param at when it was recorded
 */
public record Recorded(String by, AgencyId agency, String agencyName, AgencyKind agencyKind, Instant at) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** Reads who recorded an event from the metadata its command put there. */
    public static Recorded from(EventMessage<?> message) {
        return new Recorded(
                String.valueOf(message.getMetaData().getOrDefault(ActingCommand.USER_NAME, "unknown")),
                new AgencyId(String.valueOf(message.getMetaData().getOrDefault(ActingCommand.AGENCY, "unknown"))),
                String.valueOf(message.getMetaData().getOrDefault(ActingCommand.AGENCY_NAME, "unknown")),
                kindOf(message.getMetaData().get(ActingCommand.AGENCY_KIND)),
                message.getTimestamp());
    }

    private static AgencyKind kindOf(Object name) {
        try {
            return name == null ? null : AgencyKind.valueOf(name.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The UK date it was recorded on. */
    public LocalDate on() {
        return at.atZone(UK).toLocalDate();
    }
}
