package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ContractComparison} finds the drift it is for, and only that. */
class ContractComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final OpenApiContract CONTRACT = OpenApiContract.of(
            json(
                    """
            {"components": {"schemas": {
              "VisitView": {"type": "object", "properties": {
                "visitId": {"type": "string"},
                "on": {"type": "string", "format": "date"},
                "kind": {"type": "string", "enum": ["HOME", "OFFICE", "PHONE"]}}},
              "VisitRequest": {"type": "object", "required": ["on"], "properties": {
                "on": {"type": "string", "format": "date"},
                "kind": {"type": "string", "enum": ["HOME", "OFFICE"]}}}}}}
            """));

    enum Kind {
        HOME,
        OFFICE
    }

    record Visit(String visitId, LocalDate on, Kind kind) {}

    record VisitWithNotes(String visitId, LocalDate on, String notes) {}

    record VisitOnAnInstant(String visitId, java.time.Instant on) {}

    @Test
    void aComponentCaseServiceDoesNotSendIsADrift() {
        assertThat(read(VisitWithNotes.class, true))
                .singleElement()
                .asString()
                .contains("VisitWithNotes.notes", "'notes'", "VisitView does not have");
    }

    @Test
    void aComponentOfAnotherJsonTypeIsADrift() {
        assertThat(read(VisitOnAnInstant.class, true))
                .singleElement()
                .asString()
                .contains("VisitOnAnInstant.on", "string (date)");
    }

    @Test
    void anEnumValueWebUiCannotReadIsADriftUnlessItsJacksonToleratesIt() {
        assertThat(read(Visit.class, false)).singleElement().asString().contains("[PHONE]", "would fail");
        assertThat(read(Visit.class, true)).isEmpty();
    }

    @Test
    void sendingAPropertyCaseServiceDoesNotTakeOrLeavingOutARequiredOneIsADrift() {
        ContractComparison comparison = new ContractComparison(CONTRACT, false);
        comparison.json(json("{\"kind\": \"HOME\", \"notes\": \"x\"}"), ref("VisitRequest"), "Visit");

        assertThat(comparison.problems())
                .anySatisfy(problem -> assertThat(problem).contains("sends 'notes'", "VisitRequest does not have"))
                .anySatisfy(problem -> assertThat(problem).contains("does not send 'on'", "VisitRequest requires"))
                .hasSize(2);
    }

    @Test
    void sendingAValueOrAnEnumConstantCaseServiceDoesNotTakeIsADrift() {
        ContractComparison comparison = new ContractComparison(CONTRACT, false);
        comparison.json(json("{\"on\": \"15/01/2026\", \"kind\": \"PHONE\"}"), ref("VisitRequest"), "Visit");
        comparison.sent(Visit.class, ref("VisitRequest"), "Visit");

        assertThat(comparison.problems())
                .anySatisfy(problem -> assertThat(problem).contains("'15/01/2026'", "date"))
                .anySatisfy(problem -> assertThat(problem).contains("sends 'PHONE'"))
                .hasSize(2);
    }

    @Test
    void whatFitsHasNoProblems() {
        ContractComparison comparison = new ContractComparison(CONTRACT, false);
        comparison.json(json("{\"on\": \"2026-01-15\", \"kind\": \"OFFICE\"}"), ref("VisitRequest"), "Visit");
        comparison.sent(Visit.class, ref("VisitRequest"), "Visit");

        assertThat(comparison.problems()).isEmpty();
        assertThat(comparison.compared()).containsExactlyInAnyOrder(Visit.class, Kind.class);
    }

    private static List<String> read(Class<?> type, boolean unknownEnumValuesTolerated) {
        ContractComparison comparison = new ContractComparison(CONTRACT, unknownEnumValuesTolerated);
        comparison.read(type, ref("VisitView"), type.getSimpleName());
        return comparison.problems();
    }

    private static JsonNode ref(String schema) {
        return json("{\"$ref\": \"#/components/schemas/" + schema + "\"}");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
