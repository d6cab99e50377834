package uk.joinedup.caseservice.infrastructure.axon;

import io.micrometer.core.instrument.MeterRegistry;
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

    /** The one processor that keeps every read model up to date. */
    static final String READ_MODELS = "read-models";

    /**
     * Every read model (each its own processing group) is kept up to date by one pooled streaming
     * processor: each event is read from the store once and one token is stored per batch, however many
     * read models there are, which is most of the cost of a command on the embedded store. A processor
     * that has fallen behind catches up in batches of up to 100 events, one unit of work and one token
     * update each; when it keeps up, batches hold one event. Events are spread over four segments by
     * aggregate, so one aggregate's events are handled in order.
     */
    @Autowired
    void usePooledStreamingProcessors(EventProcessingConfigurer processing) {
        processing.assignProcessingGroup(group -> READ_MODELS);
        processing.usingPooledStreamingEventProcessors(
                (configuration, builder) -> builder.batchSize(100).initialSegmentCount(4));
    }

    /** A read model that fails on an event is counted, logged and reported by the health check. */
    @Bean("readModels")
    static ProjectionFailures projectionFailures(MeterRegistry meters, Clock clock) {
        return new ProjectionFailures(meters, clock);
    }

    @Autowired
    void reportProjectionFailures(EventProcessingConfigurer processing, ProjectionFailures failures) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> failures);
    }

    /** A batch's read-model writes are made once its last event is handled (ADR 30). */
    @Autowired
    void batchReadModelWrites(EventProcessingConfigurer processing, ProjectionFailures failures) {
        processing.registerDefaultHandlerInterceptor((configuration, name) -> new BatchedReadModelWrites(failures));
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
