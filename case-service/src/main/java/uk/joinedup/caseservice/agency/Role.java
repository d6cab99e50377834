package uk.joinedup.caseservice.agency;

/** What a user may do, carried in the {@code roles} claim of their access token. */
public enum Role {
    KEYWORKER,
    TEAM_MANAGER,
    IG_OFFICER,
    ADMIN
}
