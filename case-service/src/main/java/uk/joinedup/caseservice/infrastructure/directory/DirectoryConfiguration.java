package uk.joinedup.caseservice.infrastructure.directory;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The staff directory at {@code joinedup.directory.url} (identity-service's internal address), asked
 * with short timeouts so that a directory that is down is answered quickly as unavailable.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    IdentityServiceDirectory practitionerDirectory(
            RestClient.Builder builder,
            @Value("${joinedup.directory.url}") String url,
            @Value("${joinedup.directory.remember-for:60s}") Duration rememberFor,
            @Value("${joinedup.directory.timeout:5s}") Duration timeout,
            Clock clock) {
        RestClient identityService = builder.clone()
                .baseUrl(url)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect()
                        .build(ClientHttpRequestFactorySettings.defaults()
                                .withConnectTimeout(Duration.ofSeconds(2))
                                .withReadTimeout(timeout)))
                .build();
        return new IdentityServiceDirectory(identityService, rememberFor, clock);
    }
}
