package uk.joinedup.caseservice.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.joinedup.caseservice.Samples;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEvent;
import uk.joinedup.caseservice.budget.api.BudgetEvent;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.consent.api.ConsentEvent;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideEvent;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.identification.api.IdentificationEvent;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimEvent;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonEvent;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.retention.erasure.api.ErasureEvent;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestEvent;

/**
 * Every event, and every kind of fact inside an event, survives a round trip through Axon's Jackson
 * serializer configured as in production, and serialises to the golden JSON of its revision in
 * {@code src/test/resources/golden/}: a change of shape fails here until it comes with a new revision
 * and an upcaster. Run with {@code -Dgolden.write=true} to write missing golden files.
 */
class EventSerializationTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(SerializationConfiguration.forAxon(Jackson2ObjectMapperBuilder.json()
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .build()))
            .build();

    static Stream<Object> everyEvent() {
        return Stream.of(
                        PersonEvent.class,
                        FamilyEvent.class,
                        ConsentEvent.class,
                        SharingAgreementEvent.class,
                        EmergencyOverrideEvent.class,
                        ClaimEvent.class,
                        BudgetEvent.class,
                        IdentificationEvent.class,
                        SubjectAccessRequestEvent.class,
                        ErasureEvent.class)
                .flatMap(events -> Arrays.stream(events.getPermittedSubclasses()))
                .map(Samples::of);
    }

    /** The events of an erasure (readable after it), and what an event whose key is destroyed reads as. */
    static Stream<Object> eventsOfErasure() {
        return Stream.of(PersonErased.class, FamilyErased.class, ErasedEvent.class)
                .map(Samples::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsOfErasure")
    void everyEventOfErasureRoundTripsAndMatchesItsGoldenJson(Object event) throws IOException {
        assertRoundTripAndGolden(event, event.getClass().getSimpleName());
    }

    static Stream<Object> everyKindOfFact() {
        return FactCatalogue.types().stream()
                .map(type -> new AgencyFactRecorded(
                        new PersonId("person-1"),
                        new FactId("fact-1"),
                        Samples.of(type),
                        Samples.of(java.time.LocalDate.class),
                        new uk.joinedup.caseservice.agency.AgencyId("southampton-housing"),
                        FactCatalogue.category(type)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEvent")
    void everyEventRoundTripsAndMatchesItsGoldenJson(Object event) throws IOException {
        assertRoundTripAndGolden(event, event.getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfFact")
    void everyKindOfFactRoundTripsAndMatchesItsGoldenJson(AgencyFactRecorded event) throws IOException {
        AgencyFact fact = event.fact();
        assertRoundTripAndGolden(event, "fact-" + FactCatalogue.name(fact));
    }

    private void assertRoundTripAndGolden(Object event, String name) throws IOException {
        SerializedObject<String> serialized = serializer.serialize(event, String.class);
        Object back = serializer.deserialize(serialized);
        assertThat(back).isEqualTo(event);

        String json = pretty(serialized.getData());
        Path golden = GOLDEN.resolve(name + ".rev-" + revisionOf(event) + ".json");
        if (!Files.exists(golden) && Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden JSON (run once with -Dgolden.write=true to create it)")
                .exists();
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String revisionOf(Object event) {
        return event.getClass()
                .getAnnotation(org.axonframework.serialization.Revision.class)
                .value();
    }

    private static String pretty(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        return mapper.writeValueAsString(mapper.readTree(json)) + System.lineSeparator();
    }
}
