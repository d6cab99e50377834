package uk.joinedup.identity.directory;

/**
 * A team within an agency, e.g. an early help locality team.
 *
 * @param id stable id, used in tokens' {@code team} claim
 * @param agencyId the agency the team belongs to
 * @param name the name users see
 */
public record Team(String id, String agencyId, String name) {}
