package uk.joinedup.caseservice.family.index;

import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * A family found.
 *
 * @param leadName the lead professional's name, or null
 * @param members how many people are in the household now
 * @param reason why it matches: {@code NAME}, {@code NAME_STARTS_WITH}, {@code NAME_SOUNDS_LIKE} (the
 *     family's name), {@code MEMBER_NAME} (a member's current or previous name) or {@code POSTCODE} (a
 *     member's address)
 */
public record FamilyMatch(
        String familyId, String name, CaseStatus status, String leadName, int members, String reason) {}
