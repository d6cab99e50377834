/** Signing in and out of the identity provider: the GOV.UK-styled sign-in page and its security chain. */
package uk.joinedup.identity.login;
