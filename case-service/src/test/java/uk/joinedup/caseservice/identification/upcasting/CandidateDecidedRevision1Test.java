package uk.joinedup.caseservice.identification.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.joinedup.caseservice.identification.api.CandidateDecided;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.identification.api.CandidateId;

/**
 * A decision stored as revision 1 (the golden sample of revision 1, as it was committed) reads as revision 2 through
 * the upcaster and Axon's Jackson serializer, naming no members; one of revision 2 is left as it is.
 */
class CandidateDecidedRevision1Test {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** Configured as {@code SerializationConfiguration.forAxon} configures production's. */
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(Jackson2ObjectMapperBuilder.json()
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .visibility(PropertyAccessor.ALL, Visibility.NONE)
                    .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                    .build())
            .build();

    private final CandidateDecidedRevision1 upcaster = new CandidateDecidedRevision1();

    @Test
    void readsADecisionOfRevision1AsNamingNoMembers() throws IOException {
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(
                        Stream.of(representation("1", "CandidateDecided.rev-1.json")))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.get(0).getData(JsonNode.class).getData(),
                JsonNode.class,
                upcast.get(0).getType()));
        assertThat(event)
                .isEqualTo(new CandidateDecided(
                        new CandidateId("sample"),
                        Set.of(),
                        CandidateDecision.REFER,
                        "sample",
                        LocalDate.of(2026, 10, 1)));
    }

    @Test
    void leavesADecisionOfRevision2AsItIs() throws IOException {
        InitialEventRepresentation current = representation("2", "CandidateDecided.rev-2.json");

        assertThat(upcaster.upcast(Stream.of(current)).toList()).containsExactly(current);
    }

    private InitialEventRepresentation representation(String revision, String golden) throws IOException {
        String json = Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8);
        return new InitialEventRepresentation(
                new GenericDomainEventEntry<>(
                        "Identification",
                        "sample",
                        0,
                        "event-1",
                        Instant.parse("2026-10-01T09:30:00Z"),
                        CandidateDecided.class.getName(),
                        revision,
                        json,
                        "{}"),
                serializer);
    }
}
