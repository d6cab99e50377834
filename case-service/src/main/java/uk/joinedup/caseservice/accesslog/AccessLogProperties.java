package uk.joinedup.caseservice.accesslog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the access log behaves.
 *
 * @param appendTimeout how long a view waits for its record to be durable before it fails instead of
 *     being shown
 */
@ConfigurationProperties("joinedup.access-log")
record AccessLogProperties(@DefaultValue("10s") Duration appendTimeout) {}
