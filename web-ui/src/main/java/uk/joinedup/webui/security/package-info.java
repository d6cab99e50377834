/**
 * Signing in through identity-service (OpenID Connect, authorization code with PKCE), signing out of
 * both, and the signed-in user as pages see them.
 */
package uk.joinedup.webui.security;
