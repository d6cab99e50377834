package uk.joinedup.caseservice.sharing;

/** What an entry discloses, which decides the rules that apply to it. */
public enum EntryKind {
    /**
     * That a person or family exists: name, date of birth, which agencies are involved and whom to
     * contact. Every practitioner may see it, so that people can be found and matched (ADR 6).
     */
    EXISTENCE,
    /** Family-level casework: household, referrals, the team, the lead professional, plan, reviews. */
    CASEWORK,
    /**
     * What an agency holds about a person: their details, every agency fact, and free text (evidence,
     * reasons) that describes information of a category.
     */
    AGENCY_RECORD,
    /**
     * The administration of sharing about a person: their consents, the emergency overrides of their
     * record, and access-log records. Shown to information-governance officers, whose job it is, and
     * otherwise as casework is.
     */
    SHARING_RECORD,
    /**
     * Information about no one that every signed-in user may read, such as the sharing agreements in
     * force: practitioners need to know on what basis they see what they see.
     */
    PUBLISHED
}
