/**
 * Signing in through identity-service (OpenID Connect, authorization code with PKCE, access tokens for
 * case-service), signing out of both without a token in any address, back-channel sign-out from
 * identity-service, the security headers every response carries, and the signed-in user as pages see
 * them (roles, agency and team from the UserInfo endpoint).
 */
package uk.joinedup.webui.security;
