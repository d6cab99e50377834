/**
 * case-service as an OAuth2 resource server: every API call carries an access token (a JWT, RFC 9068)
 * from identity-service, and nothing else it signs is accepted; the acting user, agency, team and roles
 * are read from its claims and nowhere else. Who may call which route is decided here, by role; the
 * security headers of every response are set here too.
 */
package uk.joinedup.caseservice.infrastructure.security;
