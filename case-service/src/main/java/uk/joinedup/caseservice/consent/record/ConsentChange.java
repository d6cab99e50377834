package uk.joinedup.caseservice.consent.record;

import java.time.Instant;
import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyId;

/**
 * One step in a consent's history.
 *
 * @param what recorded or withdrawn
 * @param on the business date: the first day for a recording, the day of withdrawal for a withdrawal
 * @param at when it was recorded in JoinedUp
 * @param by who recorded it
 * @param agency their agency
 * @param agencyName its name at the time
 * @param reason why it was withdrawn; null for a recording
 */
public record ConsentChange(
        Kind what, LocalDate on, Instant at, String by, AgencyId agency, String agencyName, String reason) {

    /** What happened. */
    public enum Kind {
        RECORDED,
        WITHDRAWN
    }
}
