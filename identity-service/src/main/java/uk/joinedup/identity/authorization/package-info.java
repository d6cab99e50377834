/**
 * The OpenID Connect provider (Spring Authorization Server): the web-ui client, a signing key that
 * survives restarts, authorizations kept in MongoDB and revocable by user or sign-in session, access
 * tokens typed {@code at+jwt} whose claims say who the user is, which agency and team they act for
 * ({@code agency}, {@code agency_kind}, {@code agency_name}, {@code team}) and what they may do ({@code
 * roles}), ID tokens that say only who, the userinfo endpoint that says the rest, sign-out through
 * {@code /connect/logout} and OIDC back-channel logout to web-ui; and the check of access tokens when
 * other services call this one's {@code /api/**}.
 */
package uk.joinedup.identity.authorization;
