package uk.joinedup.webui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer the identity-service address browsers use, and the issuer tokens name
 * @param internalUrl the address this service uses to reach identity-service (the same as {@code
 *     issuer} unless a network puts them apart)
 * @param clientSecret the web-ui client's secret, shared with identity-service
 */
@ConfigurationProperties("joinedup.identity")
public record IdentityProviderProperties(
        @DefaultValue("http://localhost:9000") String issuer, String internalUrl, String clientSecret) {

    /** The client registration users sign in with; other services get their access token from it. */
    public static final String REGISTRATION_ID = "joinedup";

    /** Where this service calls identity-service: its internal address, else the issuer. */
    public String backChannel() {
        return internalUrl == null || internalUrl.isBlank() ? issuer : internalUrl;
    }
}
