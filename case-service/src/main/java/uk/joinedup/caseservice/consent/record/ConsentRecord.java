package uk.joinedup.caseservice.consent.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * One consent on a person's record, as stored: not yet filtered for any viewer.
 *
 * @param giverName who gave it, or null when the person did
 * @param recordedBy the agency that recorded it
 * @param recordedByAgencyName its name at the time
 * @param recordedByAgencyKind its kind at the time, or null if not known
 * @param recordedByName the practitioner who recorded it
 * @param recordedAt when it was recorded
 * @param withdrawnOn the day it was withdrawn, or null
 * @param withdrawalReason why, or null
 * @param history every change, oldest first
 * @param version the sequence number of the last event of this consent applied
 */
public record ConsentRecord(
        String consentId,
        String personId,
        ConsentGiver givenBy,
        String giverName,
        Set<AgencyId> recipients,
        Set<InformationCategory> categories,
        Purpose purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        ConsentEvidence evidence,
        String evidenceNote,
        AgencyId recordedBy,
        String recordedByAgencyName,
        AgencyKind recordedByAgencyKind,
        String recordedByName,
        Instant recordedAt,
        LocalDate withdrawnOn,
        String withdrawalReason,
        List<ConsentChange> history,
        long version) {

    public ConsentRecord {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Where it stands on {@code day}: withdrawn, expired, not yet in force or active. */
    public ConsentStatus statusOn(LocalDate day) {
        if (withdrawnOn != null && !day.isBefore(withdrawnOn)) {
            return ConsentStatus.WITHDRAWN;
        }
        if (day.isAfter(validUntil)) {
            return ConsentStatus.EXPIRED;
        }
        if (day.isBefore(validFrom)) {
            return ConsentStatus.NOT_YET_IN_FORCE;
        }
        return ConsentStatus.ACTIVE;
    }

    /** What the sharing policy reads. */
    public ConsentTerms terms() {
        return new ConsentTerms(
                consentId, givenBy, recipients, categories, purpose, validFrom, validUntil, withdrawnOn);
    }

    ConsentRecord withdrawn(LocalDate on, String reason, ConsentChange change, long newVersion) {
        List<ConsentChange> changes = new ArrayList<>(history);
        changes.add(change);
        return new ConsentRecord(
                consentId,
                personId,
                givenBy,
                giverName,
                recipients,
                categories,
                purpose,
                validFrom,
                validUntil,
                evidence,
                evidenceNote,
                recordedBy,
                recordedByAgencyName,
                recordedByAgencyKind,
                recordedByName,
                recordedAt,
                on,
                reason,
                changes,
                newVersion);
    }
}
