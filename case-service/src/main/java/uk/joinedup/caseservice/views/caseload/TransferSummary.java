package uk.joinedup.caseservice.views.caseload;

import java.time.LocalDate;

/**
 * A transfer awaiting the receiving agency's decision, with the family it is for.
 *
 * @param fromName the lead professional who holds the case
 * @param proposedLeadName the receiving agency's practitioner proposed to lead it
 */
public record TransferSummary(
        String familyId,
        String familyName,
        String transferId,
        String fromName,
        String fromAgencyName,
        String proposedLeadName,
        String reason,
        LocalDate proposedOn) {}
