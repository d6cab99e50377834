/**
 * What every page and endpoint shares: the response headers (Content-Security-Policy without inline
 * script, Referrer-Policy, Permissions-Policy, frame-ancestors none, HSTS over TLS), the session cookie
 * ({@code SameSite=Lax}; {@code Secure} and the {@code __Host-} prefix when {@code BEHIND_TLS=true}), the
 * session timeouts, messages and times as pages show them, and the clock.
 */
package uk.joinedup.identity.infrastructure;
