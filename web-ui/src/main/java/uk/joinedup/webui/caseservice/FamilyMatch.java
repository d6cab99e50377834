package uk.joinedup.webui.caseservice;

/**
 * A family found.
 *
 * @param leadName the lead professional's name, or null
 * @param members how many people are in the household now
 * @param reason why it matches: {@code NAME}, {@code NAME_STARTS_WITH}, {@code NAME_SOUNDS_LIKE} (the
 *     family's name), {@code MEMBER_NAME} or {@code POSTCODE} (a member's)
 */
public record FamilyMatch(
        String familyId, String name, CaseStatus status, String leadName, int members, String reason) {

    /** Found by a member's name or address rather than the family's own name. */
    public boolean byMember() {
        return "MEMBER_NAME".equals(reason) || "POSTCODE".equals(reason);
    }
}
