package uk.joinedup.caseservice.chronology;

import java.time.Instant;
import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * One fact in a chronology.
 *
 * @param entryId the fact's id
 * @param kind what kind of fact it is, e.g. {@code CASE_NOTE}
 * @param occurredOn the business date
 * @param owningAgency the agency that recorded it and decides about sharing it
 * @param owningAgencyName that agency's name when the fact was recorded
 * @param category the kind of information
 * @param text the fact in words as recorded
 * @param recordedBy the name of the practitioner who recorded it
 * @param recordedAt when it was recorded
 */
public record ChronologyEntry(
        String entryId,
        String kind,
        LocalDate occurredOn,
        AgencyId owningAgency,
        String owningAgencyName,
        InformationCategory category,
        String text,
        String recordedBy,
        Instant recordedAt) {}
