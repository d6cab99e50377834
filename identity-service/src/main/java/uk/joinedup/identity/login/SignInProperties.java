package uk.joinedup.identity.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down and locked out (ADR 14).
 *
 * @param freeFailures consecutive failures an account may have before each further attempt must wait
 * @param lockAfter consecutive failures after which the account is locked
 * @param lockDuration how long a lockout lasts, unless an administrator unlocks the account first
 * @param maximumDelay the longest wait between attempts before the lockout
 * @param addressFailures failures one network address may make, across all accounts, per {@code
 *     addressWindow} before its attempts are refused
 * @param addressWindow the period the address limit counts over
 * @param deviceFailures failures a trusted browser (device cookie) may make for its user before it loses
 *     its exemption from the account lockout
 * @param deviceLifetime how long a browser stays trusted after its user signed in with it
 * @param pendingLifetime how long the code may be entered after the password
 */
@ConfigurationProperties("joinedup.sign-in")
public record SignInProperties(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("10") int lockAfter,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("60s") Duration maximumDelay,
        @DefaultValue("50") int addressFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("10") int deviceFailures,
        @DefaultValue("90d") Duration deviceLifetime,
        @DefaultValue("5m") Duration pendingLifetime) {}
