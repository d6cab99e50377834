/**
 * case-service as an OAuth2 resource server: every API call carries a JWT from identity-service; the
 * acting user, agency and roles are read from its claims and nowhere else.
 */
package uk.joinedup.caseservice.infrastructure.security;
