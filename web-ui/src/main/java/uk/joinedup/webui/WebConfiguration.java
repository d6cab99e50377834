package uk.joinedup.webui;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock pages read "today" from: dates are UK dates. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
