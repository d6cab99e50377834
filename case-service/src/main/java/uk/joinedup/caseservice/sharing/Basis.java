package uk.joinedup.caseservice.sharing;

/** Why an entry may be shown to a viewer. */
public enum Basis {
    /** That someone exists is shown to every practitioner, to find and match people. */
    MATCHING,
    /** The viewer's agency recorded it. */
    OWN_AGENCY,
    /**
     * Family-level casework or a sharing record, shown to the lead professional and the team around the
     * family.
     */
    TEAM_AROUND_THE_FAMILY,
    /** Family-level casework or a sharing record, shown to team managers of the agencies involved in the case. */
    CASE_MANAGEMENT,
    /** The subject's consent covers the viewer's agency, the category and the purpose today. */
    CONSENT,
    /** A sharing agreement between the two agencies covers the category and purpose today. */
    SHARING_AGREEMENT,
    /** The viewer's emergency override of the subject's record is active. */
    EMERGENCY_OVERRIDE,
    /** A record of how a person's information is shared, shown to an information-governance officer. */
    INFORMATION_GOVERNANCE,
    /** Not personal data: published to every signed-in user. */
    PUBLISHED,
    /**
     * The person's own right of access (UK GDPR Art. 15): an information-governance officer assembling their
     * subject access response sees everything held about them, for the whole council (ADR 32).
     */
    SUBJECT_ACCESS
}
