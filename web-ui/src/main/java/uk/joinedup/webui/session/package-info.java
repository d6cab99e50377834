/**
 * How long a web-ui session lives and how its cookie is set: the idle timeout (30 minutes, with a
 * GOV.UK-style warning two minutes before, whose "Stay signed in" calls the keep-alive address), the
 * absolute timeout (12 hours), and the session cookie's attributes ({@code HttpOnly}, {@code
 * SameSite=Lax}, and over TLS {@code Secure} with the {@code __Host-} prefix).
 */
package uk.joinedup.webui.session;
