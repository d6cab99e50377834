/**
 * identity-service: JoinedUp's OpenID Connect provider. {@code directory} owns agencies and users
 * (and {@code directory.web} lists practitioners for other services),
 * {@code authorization} the tokens, {@code login} the sign-in page, {@code demo} the demo directory.
 */
package uk.joinedup.identity;
