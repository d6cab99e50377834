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

    /** web-ui's client id at identity-service. */
    public static final String CLIENT_ID = "joinedup-web";

    /** The scope of access tokens case-service accepts. */
    public static final String CASE_SERVICE_SCOPE = "case-service";

    /** Where this service calls identity-service: its internal address, else the issuer. */
    public String backChannel() {
        return internalUrl == null || internalUrl.isBlank() ? issuer : internalUrl;
    }

    /** identity-service's OpenID Connect sign-out (RP-initiated logout) endpoint, as browsers reach it. */
    public String endSessionEndpoint() {
        return issuer + "/connect/logout";
    }

    /** identity-service's page where users see and end their own sessions. */
    public String accountSessionsPage() {
        return issuer + "/account/sessions";
    }

    /** identity-service's administration pages: agencies, teams, users, invitations, the audit log. */
    public String administrationPages() {
        return issuer + "/admin";
    }
}
