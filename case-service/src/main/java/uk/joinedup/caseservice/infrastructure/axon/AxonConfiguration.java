package uk.joinedup.caseservice.infrastructure.axon;

import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Processors, metadata and the clock every adapter reads "now" from. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** Business dates are dates in the UK. */
    @Bean
    static Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    /**
     * A processor that has fallen behind catches up in batches of up to 100 events, one unit of work
     * and one token update each, instead of one per event; when it keeps up, batches hold one event.
     */
    @Autowired
    void usePooledStreamingProcessors(EventProcessingConfigurer processing) {
        processing.usingPooledStreamingEventProcessors((configuration, builder) -> builder.batchSize(100));
    }

    @Autowired
    void copyActorIntoMetaData(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new ActorMetaData());
    }

    /** Events carry the metadata of the command that caused them: who recorded them. */
    @Bean
    static CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ActorMetaData.KEYS);
    }
}
