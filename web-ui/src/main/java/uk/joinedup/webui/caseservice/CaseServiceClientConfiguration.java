package uk.joinedup.webui.caseservice;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import uk.joinedup.webui.security.IdentityProviderProperties;

/**
 * A {@link RestClient} for case-service that relays the signed-in user's access token and, for a form's
 * changes, an idempotency key.
 */
@Configuration(proxyBeanMethods = false)
class CaseServiceClientConfiguration {

    @Bean
    RestClient caseServiceRestClient(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager authorizedClients,
            CaseServiceProperties properties,
            ObjectMapper json) {
        OAuth2ClientHttpRequestInterceptor relayToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        relayToken.setClientRegistrationIdResolver(request -> IdentityProviderProperties.REGISTRATION_ID);
        return builder.baseUrl(properties.url())
                .requestInterceptor(relayToken)
                .requestInterceptor(new IdempotencyKeyRelay())
                .defaultStatusHandler(HttpStatusCode::isError, new ProblemTranslator(json))
                .build();
    }
}
