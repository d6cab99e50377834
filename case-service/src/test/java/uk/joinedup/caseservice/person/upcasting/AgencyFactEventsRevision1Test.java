package uk.joinedup.caseservice.person.upcasting;

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
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.KeyStage;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;
import uk.joinedup.caseservice.catalogue.Substance;
import uk.joinedup.caseservice.catalogue.TreatmentExit;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;

/**
 * Events stored as revision 1 (the golden samples of revision 1, as they were committed) read as revision 2
 * through the upcaster and Axon's Jackson serializer: each fact whose shape changed reads as the old record
 * said, and the others read unchanged.
 */
class AgencyFactEventsRevision1Test {

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

    private final AgencyFactEventsRevision1 upcaster = new AgencyFactEventsRevision1();

    static Stream<Path> everyFactOfRevision1() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files
                    .filter(file -> file.getFileName().toString().matches("fact-.*\\.rev-1\\.json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void readsAnAttainmentOfRevision1KeepingItsOneJudgementForEnglishAndMaths() throws IOException {
        assertThat(recordedFactOf("fact-AttainmentRecorded.rev-1.json"))
                .isEqualTo(new AttainmentRecorded(KeyStage.KEY_STAGE_2, null, null, null, null, null, true, true));
    }

    @Test
    void readsTheEmptyParentsSeparatedOfRevision1AsNamingNeitherParent() throws IOException {
        assertThat(recordedFactOf("fact-ParentsSeparated.rev-1.json")).isEqualTo(new ParentsSeparated(null, null));
    }

    @Test
    void readsFactsOfRevision1ThatDidNotAskWhatRevision2AsksAsUnknown() throws IOException {
        assertThat(recordedFactOf("fact-BenefitClaimStarted.rev-1.json"))
                .isEqualTo(new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE, null));
        assertThat(recordedFactOf("fact-TreatmentStarted.rev-1.json"))
                .isEqualTo(new TreatmentStarted(Substance.DRUGS, null));
        assertThat(recordedFactOf("fact-TreatmentExited.rev-1.json"))
                .isEqualTo(new TreatmentExited(TreatmentExit.COMPLETED_DRUG_FREE, null));
    }

    @Test
    void readsACorrectionOfRevision1() throws IOException {
        Object event = read(AgencyFactCorrected.class, "AgencyFactCorrected.rev-1.json");

        assertThat(event).isInstanceOf(AgencyFactCorrected.class);
        assertThat(((AgencyFactCorrected) event).reason()).isEqualTo("sample");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFactOfRevision1")
    void readsEveryFactOfRevision1AsRevision2(Path golden) throws IOException {
        IntermediateEventRepresentation upcast =
                upcast(AgencyFactRecorded.class, golden.getFileName().toString());

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.getData(JsonNode.class).getData(), JsonNode.class, upcast.getType()));
        assertThat(event).isInstanceOf(AgencyFactRecorded.class);
        String kind = golden.getFileName().toString().replaceAll("fact-(.*)\\.rev-1\\.json", "$1");
        assertThat(((AgencyFactRecorded) event).fact().getClass().getSimpleName())
                .isEqualTo(kind);
    }

    @Test
    void leavesEventsOfRevision2AsTheyAre() throws IOException {
        InitialEventRepresentation current =
                representation(AgencyFactRecorded.class, "2", "AgencyFactRecorded.rev-2.json");

        assertThat(upcaster.upcast(Stream.of(current)).toList()).containsExactly(current);
    }

    private Object recordedFactOf(String golden) throws IOException {
        return ((AgencyFactRecorded) read(AgencyFactRecorded.class, golden)).fact();
    }

    private Object read(Class<?> type, String golden) throws IOException {
        IntermediateEventRepresentation upcast = upcast(type, golden);
        return serializer.deserialize(new SimpleSerializedObject<>(
                upcast.getData(JsonNode.class).getData(), JsonNode.class, upcast.getType()));
    }

    private IntermediateEventRepresentation upcast(Class<?> type, String golden) throws IOException {
        List<IntermediateEventRepresentation> upcast =
                upcaster.upcast(Stream.of(representation(type, "1", golden))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private InitialEventRepresentation representation(Class<?> type, String revision, String golden)
            throws IOException {
        String json = Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8);
        return new InitialEventRepresentation(
                new GenericDomainEventEntry<>(
                        "Person",
                        "sample",
                        0,
                        "event-1",
                        Instant.parse("2026-10-01T09:30:00Z"),
                        type.getName(),
                        revision,
                        json,
                        "{}"),
                serializer);
    }
}
