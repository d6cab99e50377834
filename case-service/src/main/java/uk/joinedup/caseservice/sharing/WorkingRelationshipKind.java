package uk.joinedup.caseservice.sharing;

/**
 * How a practitioner works with a family. A relationship decides who works the case and who sees its
 * casework; it is not a lawful basis for seeing other agencies' facts.
 */
public enum WorkingRelationshipKind {
    /** The family's lead professional. */
    LEAD_PROFESSIONAL,
    /** A practitioner in the team around the family. */
    TEAM_MEMBER,
    /** A team manager of an agency involved in the case. */
    CASE_MANAGER,
    /** None: the practitioner sees only that the person or family exists. */
    NONE;

    /** Whether the practitioner works the case themselves (not only oversees it). */
    public boolean worksTheCase() {
        return this == LEAD_PROFESSIONAL || this == TEAM_MEMBER;
    }
}
