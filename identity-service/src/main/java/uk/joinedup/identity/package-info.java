/**
 * identity-service: JoinedUp's OpenID Connect provider (ADR 14). {@code directory} owns agencies,
 * teams and users (and {@code directory.web} lists practitioners for other services); {@code
 * authorization} the tokens and sign-out; {@code login} signing in, throttling and lockout; {@code
 * password} and {@code mfa} the two factors; {@code invitation} the links that replace email; {@code
 * session} sign-in sessions; {@code account} the user's own pages; {@code admin} the administration
 * pages; {@code audit} the audit trail; {@code demo} the demo directory and codes; {@code
 * infrastructure} what every page shares.
 */
package uk.joinedup.identity;
