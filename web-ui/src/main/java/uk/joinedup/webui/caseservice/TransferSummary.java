package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/**
 * A transfer of a case to the team manager's agency awaiting their decision, with the family it is for.
 *
 * @param fromName the lead professional who holds the case until the decision
 * @param proposedLeadName the practitioner of the manager's agency who would lead it
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
