package uk.joinedup.webui.security;

/**
 * identity-service's pages a signed-in user is offered.
 *
 * @param yourSessions where they see and end their own sessions
 * @param administration where administrators manage agencies, teams, users and invitations
 */
public record IdentityPages(String yourSessions, String administration) {}
