/**
 * The OpenID Connect provider: the web-ui client, a signing key that survives restarts, and access
 * tokens whose claims say who the user is, which agency they act for ({@code agency}, {@code
 * agency_kind}, {@code agency_name}) and what they may do ({@code roles}); and the check of those
 * access tokens when other services call this one's {@code /api/**}.
 */
package uk.joinedup.identity.authorization;
