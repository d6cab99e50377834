package uk.joinedup.caseservice.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * One entry in a chronology.
 *
 * @param entryId unique within its person or family
 * @param kind what happened: a fact type (e.g. {@code OffenceProven}) or a casework event (e.g.
 *     {@code LeadProfessionalHandedOver})
 * @param occurredOn the business date
 * @param personId the person it is about, or null for the family as a whole
 * @param owningAgency the agency that recorded it and decides about sharing it
 * @param owningAgencyName that agency's name when it was recorded
 * @param owningAgencyKind that agency's kind when it was recorded, or null if not known
 * @param category the kind of information, which sharing decisions go by
 * @param fact the typed fact, for agency facts; null otherwise
 * @param details what a casework event says, by field; empty for agency facts
 * @param recordedBy the practitioner who recorded it
 * @param recordedAt when
 * @param amendments corrections and retraction, oldest first
 * @param retracted whether the owning agency withdrew it
 */
public record ChronologyEntry(
        String entryId,
        String kind,
        LocalDate occurredOn,
        String personId,
        AgencyId owningAgency,
        String owningAgencyName,
        AgencyKind owningAgencyKind,
        InformationCategory category,
        AgencyFact fact,
        Map<String, String> details,
        String recordedBy,
        Instant recordedAt,
        List<Amendment> amendments,
        boolean retracted) {

    /** Newest business date first; for the same date, the latest recorded first. */
    public static final Comparator<ChronologyEntry> NEWEST_FIRST = Comparator.comparing(ChronologyEntry::occurredOn)
            .thenComparing(ChronologyEntry::recordedAt)
            .reversed();

    public ChronologyEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /** A casework or identity event by the recording agency. */
    public static ChronologyEntry of(
            String entryId,
            String kind,
            LocalDate occurredOn,
            String personId,
            AgencyId owningAgency,
            InformationCategory category,
            Map<String, String> details,
            Recorded recorded) {
        return new ChronologyEntry(
                entryId,
                kind,
                occurredOn,
                personId,
                owningAgency,
                recorded.agencyName(),
                recorded.agencyKind(),
                category,
                null,
                details,
                recorded.by(),
                recorded.at(),
                List.of(),
                false);
    }

    /** An agency's fact about a person that stands (not retracted): what rules and costs count. */
    public boolean standingFactAboutAPerson() {
        return fact != null && personId != null && !retracted;
    }

    public ChronologyEntry corrected(AgencyFact newFact, LocalDate newOccurredOn, String reason, Recorded recorded) {
        return new ChronologyEntry(
                entryId,
                kind,
                newOccurredOn,
                personId,
                owningAgency,
                owningAgencyName,
                owningAgencyKind,
                category,
                newFact,
                details,
                recordedBy,
                recordedAt,
                append(new Amendment(Amendment.CORRECTED, reason, fact, occurredOn, recorded.by(), recorded.at())),
                retracted);
    }

    public ChronologyEntry retracted(String reason, Recorded recorded) {
        return new ChronologyEntry(
                entryId,
                kind,
                occurredOn,
                personId,
                owningAgency,
                owningAgencyName,
                owningAgencyKind,
                category,
                fact,
                details,
                recordedBy,
                recordedAt,
                append(new Amendment(Amendment.RETRACTED, reason, null, null, recorded.by(), recorded.at())),
                true);
    }

    private List<Amendment> append(Amendment amendment) {
        List<Amendment> all = new ArrayList<>(amendments);
        all.add(amendment);
        return all;
    }
}
