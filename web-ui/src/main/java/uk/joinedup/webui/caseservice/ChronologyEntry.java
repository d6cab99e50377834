package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One entry in a person's or family's chronology.
 *
 * @param entryId unique within its person or family
 * @param kind a fact type (e.g. {@code OffenceProven}) or a casework event (e.g. {@code
 *     LeadProfessionalHandedOver})
 * @param personId the person it is about, or null for the family as a whole
 * @param owningAgency the agency that recorded it
 * @param fact an agency fact's fields by name, with its {@code type}; null for casework events
 * @param details what a casework event says, by field; empty for agency facts
 * @param amendments corrections and the retraction, oldest first
 */
public record ChronologyEntry(
        String entryId,
        String kind,
        LocalDate occurredOn,
        String personId,
        String owningAgency,
        String owningAgencyName,
        InformationCategory category,
        Map<String, Object> fact,
        Map<String, String> details,
        String recordedBy,
        Instant recordedAt,
        List<Amendment> amendments,
        boolean retracted) {

    public ChronologyEntry {
        details = details == null ? Map.of() : details;
        amendments = amendments == null ? List.of() : amendments;
    }

    /**
     * A later correction (with what the fact said before) or the retraction.
     *
     * @param kind {@code CORRECTED} or {@code RETRACTED}
     * @param previousFact the fact before a correction; null for a retraction
     * @param previousOccurredOn the date before a correction; null for a retraction
     */
    public record Amendment(
            String kind,
            String reason,
            Map<String, Object> previousFact,
            LocalDate previousOccurredOn,
            String by,
            Instant at) {

        public boolean correction() {
            return "CORRECTED".equals(kind);
        }
    }
}
