package uk.joinedup.webui.identification;

import java.util.List;

/**
 * A candidate as its summary card shows it, in words.
 *
 * @param familyHref the registered family's page; null for a household
 * @param criteriaMet how many entry criteria are met, of how many, and which: "2 of 4 entry criteria met: ..."
 * @param withheld how many facts of other agencies are not shown, in words; null when none
 * @param decision the latest decision; null when there is none
 * @param referHref where a referral is made in the casework after a decision to refer: the family's page, or
 *     confirming the household as a family; null unless the latest decision is to refer
 */
public record CandidateCard(
        String candidateId,
        String name,
        String familyHref,
        boolean household,
        List<MemberLine> members,
        String criteriaMet,
        List<CriterionLine> criteria,
        List<NeedLine> needs,
        String withheld,
        DecisionLine decision,
        String referHref) {

    /** A member: name and date of birth (or that it is not known). */
    public record MemberLine(String name, String dateOfBirth) {}

    /** An entry criterion, met or not, with why and the facts that met it. */
    public record CriterionLine(String label, boolean met, List<String> reasons, List<String> facts) {}

    /** A Supporting Families need shown, with the facts that show it. */
    public record NeedLine(String label, List<String> facts) {}

    /**
     * The latest decision.
     *
     * @param tag its name, as a tag shows it
     * @param tagColour the GOV.UK tag's colour class
     * @param byWhom who decided, and when
     */
    public record DecisionLine(String tag, String tagColour, String reason, String byWhom) {}
}
