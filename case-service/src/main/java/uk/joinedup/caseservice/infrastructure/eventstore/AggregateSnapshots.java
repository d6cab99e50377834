package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The serializer for snapshots. A snapshot is an aggregate, which keeps its state in private fields
 * without accessors, so it is read and written field by field; the application's mapper settings
 * (dates, ids, leaving out nulls) apply as for events.
 */
public final class AggregateSnapshots {

    private AggregateSnapshots() {}

    public static JacksonSerializer serializer(ObjectMapper applicationMapper) {
        ObjectMapper fields = applicationMapper
                .copy()
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }
}
