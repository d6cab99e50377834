package uk.joinedup.identity.invitation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param linkLifetime how long an invitation or password reset link works, if not used first */
@ConfigurationProperties("joinedup.invitation")
public record InvitationProperties(@DefaultValue("72h") Duration linkLifetime) {}
