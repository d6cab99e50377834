package uk.joinedup.caseservice.sharing;

/** What an entry discloses, which decides the rules that apply to it. */
public enum EntryKind {
    /**
     * That a person or family exists: name, date of birth, case status. Every practitioner may see it,
     * so that people can be found and matched before anything else is shared (ADR 6).
     */
    EXISTENCE,
    /** Family-level casework: referrals, the team, the lead professional, the plan, reviews. */
    CASEWORK,
    /** What an agency recorded about a person: their details and every agency fact. */
    AGENCY_RECORD
}
