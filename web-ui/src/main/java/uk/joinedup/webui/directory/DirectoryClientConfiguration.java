package uk.joinedup.webui.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import uk.joinedup.webui.security.IdentityProviderProperties;

/**
 * A {@link RestClient} for identity-service's API, at its internal address when one is set ({@code
 * IDENTITY_INTERNAL_URL}), relaying the signed-in user's access token.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryClientConfiguration {

    @Bean
    RestClient identityServiceRestClient(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager authorizedClients,
            IdentityProviderProperties identity) {
        OAuth2ClientHttpRequestInterceptor relayToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        relayToken.setClientRegistrationIdResolver(request -> IdentityProviderProperties.REGISTRATION_ID);
        return builder.baseUrl(identity.backChannel())
                .requestInterceptor(relayToken)
                .build();
    }
}
