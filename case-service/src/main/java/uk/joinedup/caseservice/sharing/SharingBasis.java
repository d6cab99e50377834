package uk.joinedup.caseservice.sharing;

/** Why an entry may be shown to a viewer, or that it may not. */
public enum SharingBasis {
    /** Every practitioner may see that a person or family exists, to find and match them. */
    MATCHING,
    /** The viewer's agency recorded it. */
    OWN_AGENCY,
    /** The viewer's agency is in the team around a family the subject belongs to. */
    TEAM_AROUND_THE_FAMILY,
    /** A team manager overseeing cases sees family-level casework (never agency facts). */
    CASE_MANAGEMENT,
    /** No lawful basis: withheld. */
    WITHHELD;

    public boolean visible() {
        return this != WITHHELD;
    }
}
