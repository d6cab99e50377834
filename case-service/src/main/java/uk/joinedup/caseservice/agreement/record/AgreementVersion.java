package uk.joinedup.caseservice.agreement.record;

import java.time.Instant;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agreement.api.Terms;

/**
 * One version of an agreement, as it was agreed.
 *
 * @param reason why it was revised; null for version 1
 * @param recordedBy the officer who registered or revised it
 * @param recordedAt when: the version applies from then until the next one was recorded
 */
public record AgreementVersion(
        int version,
        Terms terms,
        String reason,
        String recordedBy,
        AgencyId agency,
        String agencyName,
        Instant recordedAt) {}
