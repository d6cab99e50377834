package uk.joinedup.caseservice.agreement.record;

import java.time.LocalDate;
import java.util.List;

/**
 * One agreement with every version, so that a past view can say which version applied.
 *
 * @param current the current version, as it stands today
 * @param endedOn the last day given when it was ended, or null if it was not ended
 * @param endReason why it was ended, or null
 * @param endedBy who ended it, or null
 * @param versions every version as it was agreed, oldest first; each applied from when it was recorded
 *     until the next one was
 */
public record AgreementView(
        String agreementId,
        AgreementSummary current,
        LocalDate endedOn,
        String endReason,
        String endedBy,
        List<AgreementVersion> versions) {}
