package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sharing agreement with every version.
 *
 * @param current the current version, as it stands today
 * @param endedOn the last day given when it was ended, or null
 * @param endReason why it was ended, or null
 * @param endedBy who ended it, or null
 * @param versions oldest first; each applied from when it was recorded until the next one was
 */
public record AgreementView(
        String agreementId,
        AgreementSummary current,
        LocalDate endedOn,
        String endReason,
        String endedBy,
        List<Version> versions) {

    public AgreementView {
        versions = versions == null ? List.of() : versions;
    }

    /** The current version's full terms. */
    public AgreementTerms currentTerms() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1).terms();
    }

    /**
     * One version as it was agreed.
     *
     * @param reason why it was revised; null for version 1
     * @param recordedBy the officer who registered or revised it
     * @param agency their agency's id
     */
    public record Version(
            int version,
            AgreementTerms terms,
            String reason,
            String recordedBy,
            String agency,
            String agencyName,
            Instant recordedAt) {}
}
