package uk.joinedup.caseservice.infrastructure.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers reach this service; the same setting as identity-service's and web-ui's.
 *
 * @param tls whether callers reach this service over HTTPS (itself or a proxy in front of it, {@code
 *     BEHIND_TLS=true}): every response then carries HSTS. Off by default, so that {@code
 *     http://localhost} works.
 */
@ConfigurationProperties("joinedup.transport")
record TransportProperties(@DefaultValue("false") boolean tls) {}
