/**
 * Signing in to the identity provider in two steps, password then a code from the user's authenticator
 * app (or a recovery code), with throttling and lockout (ADR 14) that never tell whether a username
 * exists; the new session id and sign-in session at the end; the pages' security chain.
 */
package uk.joinedup.identity.login;
