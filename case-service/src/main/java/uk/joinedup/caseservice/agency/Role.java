package uk.joinedup.caseservice.agency;

/**
 * What a user may do, carried in the {@code roles} claim of their access token; a user may hold several.
 * Keyworkers and team managers work with families; information-governance officers administer sharing
 * and read the access log; administrators manage agencies, teams and users in identity-service and see
 * nothing of people or families here.
 */
public enum Role {
    KEYWORKER,
    TEAM_MANAGER,
    IG_OFFICER,
    /** Manages the users and teams of their own agency. */
    AGENCY_ADMIN,
    /** Manages agencies and every user. */
    SYSTEM_ADMIN,
    /** Uploads their agency's data extracts and resolves the rows that need a person to decide who they are. */
    DATA_OFFICER
}
