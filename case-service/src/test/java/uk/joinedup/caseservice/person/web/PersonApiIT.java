package uk.joinedup.caseservice.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.disclosure.Discloses;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/** People through the REST API: real HTTP, real token validation, the embedded MongoDB. */
class PersonApiIT extends ApiIntegrationTest {

    @Autowired
    private EventStorageEngine events;

    @Test
    void registersAPersonAndShowsTheRegisteringAgencyTheirDetails() {
        String tony = register(probationKeyworker(), tony());

        JsonNode person = get(probationKeyworker(), "/api/people/{id}", tony).getBody();
        assertThat(person.get("familyName").asText()).isEqualTo("Marsh");
        assertThat(person.at("/details/identifiers/nationalInsuranceNumber").asText())
                .matches("JM[0-9]{6}D");
        assertThat(person.at("/details/address/postcode").asText()).isEqualTo("SO17 2ES");
        assertThat(person.get("entries").get(0).get("kind").asText()).isEqualTo("PersonRegistered");
        assertThat(person.get("version").asLong()).isZero();
    }

    @Test
    void recordsAFactWithItsOwningAgencyCategoryAndRecorder() {
        String tony = register(probationKeyworker(), tony());

        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-11-02",
                        "fact",
                        Map.of("type", "ReleasedFromCustody", "establishment", "HMP Winchester", "onLicence", true)),
                tony);

        JsonNode entry = entries(
                        get(probationKeyworker(), "/api/people/{id}", tony).getBody())
                .get(0);
        assertThat(entry.get("kind").asText()).isEqualTo("ReleasedFromCustody");
        assertThat(entry.get("category").asText()).isEqualTo("OFFENDING");
        assertThat(entry.get("owningAgency").asText()).isEqualTo("southampton-probation");
        assertThat(entry.get("owningAgencyName").asText()).isEqualTo("Hampshire and Isle of Wight Probation");
        assertThat(entry.get("recordedBy").asText()).isEqualTo("Jo Carter");
        assertThat(entry.at("/fact/establishment").asText()).isEqualTo("HMP Winchester");
        assertThat(entry.get("occurredOn").asText()).isEqualTo("2026-11-02");
    }

    @Test
    void refusesAFactTheAgencyMayNotRecordAndStoresNothing() {
        String tony = register(probationKeyworker(), tony());
        long before = eventCount();

        ResponseEntity<JsonNode> refused = post(
                housingOfficer(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-11-02",
                        "fact",
                        Map.of(
                                "type",
                                "OffenceProven",
                                "offence",
                                "Burglary",
                                "offenceDate",
                                "2026-10-01",
                                "disposal",
                                "CONVICTION_CUSTODIAL")),
                tony);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("not-recordable-by-agency");
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("A housing agency cannot record \"offence proven\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void answersInvalidFactFieldsWithFieldMessages() {
        String tony = register(probationKeyworker(), tony());

        ResponseEntity<JsonNode> invalid = post(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", "2026-11-02", "fact", Map.of("type", "OffenceProven", "offence", " ")),
                tony);

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldMessages(invalid.getBody()))
                .containsEntry("fact.offence", "Enter the offence")
                .containsEntry("fact.offenceDate", "Enter the date of the offence")
                .containsEntry("fact.disposal", "Select the outcome");
    }

    @Test
    void answersAnUnknownKindOfFactClearly() {
        String tony = register(probationKeyworker(), tony());
        ResponseEntity<JsonNode> invalid = post(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", "2026-11-02", "fact", Map.of("type", "Levitated")),
                tony);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("detail").asText()).contains("Unknown type 'Levitated'");
    }

    @Test
    void answersAMalformedRegistrationWithFieldMessagesAndStoresNothing() {
        long before = eventCount();
        Map<String, Object> body = new HashMap<>(Map.of("givenNames", " ", "dateOfBirth", "2100-01-01"));
        body.put("nhsNumber", "943 476 5918");
        body.put("nationalInsuranceNumber", "QQ123456C");
        body.put("uniquePupilNumber", "A801200005001");
        body.put("address", Map.of("line1", "1 High Street", "town", "Southampton", "postcode", "NOT A CODE"));

        ResponseEntity<JsonNode> response = post(probationKeyworker(), "/api/people", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldMessages(response.getBody()))
                .containsEntry("givenNames", "Enter the person's given names")
                .containsEntry("familyName", "Enter the person's family name")
                .containsEntry("dateOfBirth", "Date of birth must be today or in the past")
                .containsEntry("nhsNumber", "NHS number is not valid: its check digit does not match")
                .containsEntry(
                        "nationalInsuranceNumber", "National Insurance number cannot start with D, F, I, Q, U or V")
                .containsEntry("uniquePupilNumber", "Unique pupil number is not valid: its check letter does not match")
                .containsEntry("address.postcode", "Enter a real postcode, like SO14 7DU");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesASecondPersonWithTheSameIdentifier() {
        Map<String, Object> tony = tony();
        String tonysId = register(probationKeyworker(), tony);
        Map<String, Object> sameNino = new HashMap<>(tony);
        sameNino.put("givenNames", "Anthony");
        ResponseEntity<JsonNode> refused = post(earlyHelpKeyworker(), "/api/people", sameNino);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("identifier-already-registered");
        assertThat(refused.getBody().toString())
                .as("the refusal names nobody: the possible-duplicates search, which is logged, does")
                .doesNotContain(tonysId);
    }

    @Test
    void warnsOfPossibleDuplicatesByDateOfBirthAndSimilarNameAndFindsPeopleByName() {
        String deborah = register(
                earlyHelpKeyworker(),
                Map.of("givenNames", "Deborah", "familyName", "Hill", "dateOfBirth", "1987-11-12"));

        JsonNode matches = post(
                        housingOfficer(),
                        "/api/people/possible-duplicates",
                        Map.of("givenNames", "Debra", "familyName", "Hill", "dateOfBirth", "1987-11-12"))
                .getBody();
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).get("personId").asText()).isEqualTo(deborah);
        assertThat(matches.get(0).get("reason").asText()).isEqualTo("SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME");

        JsonNode found =
                get(housingOfficer(), "/api/people?familyName={name}", "hill").getBody();
        assertThat(found.findValuesAsText("personId")).contains(deborah);
        assertThat(found.get("results").get(0).has("registeredBy"))
                .as("search shows identity only")
                .isFalse();
    }

    @Test
    void correctsAndRetractsAFactShowingBothInTheChronology() {
        String tony = register(probationKeyworker(), tony());
        String note = ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-11-02",
                        "fact",
                        Map.of("type", "CaseNoteWritten", "text", "Kept appointment.")),
                tony);
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts/{fact}/corrections",
                Map.of(
                        "occurredOn", "2026-11-03",
                        "fact", Map.of("type", "CaseNoteWritten", "text", "Kept appointment; drug test negative."),
                        "reason", "Added the test result"),
                tony,
                note);

        JsonNode corrected =
                entry(get(probationKeyworker(), "/api/people/{id}", tony).getBody(), note);
        assertThat(corrected.at("/fact/text").asText()).isEqualTo("Kept appointment; drug test negative.");
        assertThat(corrected.get("occurredOn").asText()).isEqualTo("2026-11-03");
        assertThat(corrected.at("/amendments/0/kind").asText()).isEqualTo("CORRECTED");
        assertThat(corrected.at("/amendments/0/previousFact/text").asText()).isEqualTo("Kept appointment.");
        assertThat(corrected.at("/amendments/0/reason").asText()).isEqualTo("Added the test result");

        ResponseEntity<JsonNode> notTheirs = post(
                housingOfficer(), "/api/people/{id}/facts/{fact}/retraction", Map.of("reason", "Not ours"), tony, note);
        assertThat(notTheirs.getBody().get("code").asText()).isEqualTo("not-owning-agency");

        ok(
                probationKeyworker(),
                "/api/people/{id}/facts/{fact}/retraction",
                Map.of("reason", "Wrong person"),
                tony,
                note);
        JsonNode retracted =
                entry(get(probationKeyworker(), "/api/people/{id}", tony).getBody(), note);
        assertThat(retracted.get("retracted").asBoolean()).isTrue();
        assertThat(retracted.at("/amendments/1/reason").asText()).isEqualTo("Wrong person");
    }

    @Test
    void withholdsAnotherAgencysEntriesAndDetailsFromAnAgencyWithNoBasisCountingThem() {
        String tony = register(probationKeyworker(), tony());
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-11-02",
                        "fact",
                        Map.of("type", "CaseNoteWritten", "text", "Probation only.")),
                tony);
        ok(
                housingOfficer(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", "2026-11-03", "fact", Map.of("type", "RentArrearsRecorded", "amountPounds", 300)),
                tony);

        JsonNode asHousing = get(housingOfficer(), "/api/people/{id}", tony).getBody();

        assertThat(asHousing.get("familyName").asText())
                .as("identity is shown for matching")
                .isEqualTo("Marsh");
        assertThat(asHousing.has("details"))
                .as("address and identifiers withheld")
                .isFalse();
        assertThat(asHousing.get("entries").findValuesAsText("kind")).containsExactly("RentArrearsRecorded");
        assertThat(asHousing.get("withheld").asInt()).isEqualTo(2);
        assertThat(asHousing.toString()).doesNotContain("Probation only.");
    }

    @Test
    void filtersTheChronologyByAgencyAndCategory() {
        String tony = register(probationKeyworker(), tony());
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", "2026-11-02", "fact", Map.of("type", "CaseNoteWritten", "text", "A note")),
                tony);
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-11-01",
                        "fact",
                        Map.of("type", "OffenderCohortJoined", "cohort", "INTEGRATED_OFFENDER_MANAGEMENT")),
                tony);

        JsonNode offending = get(probationKeyworker(), "/api/people/{id}?category=OFFENDING", tony)
                .getBody();
        assertThat(offending.get("entries").findValuesAsText("kind")).containsExactly("OffenderCohortJoined");
        JsonNode housing = get(probationKeyworker(), "/api/people/{id}?agency=southampton-housing", tony)
                .getBody();
        assertThat(housing.get("entries")).isEmpty();
    }

    @Test
    void showsThePersonAsAtAPastDate() {
        String tony = register(probationKeyworker(), tony());
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", "2026-09-01", "fact", Map.of("type", "CaseNoteWritten", "text", "September")),
                tony);
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", "2026-11-01", "fact", Map.of("type", "CaseNoteWritten", "text", "November")),
                tony);

        JsonNode october = get(probationKeyworker(), "/api/people/{id}?asAt=2026-10-01", tony)
                .getBody();

        assertThat(october.get("asAt").asText()).isEqualTo("2026-10-01");
        assertThat(october.get("entries").findValuesAsText("text")).containsExactly("September");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void logsNoPersonalDataWhenItRefusesOrRejectsARequest(CapturedOutput output) {
        String tony = register(
                probationKeyworker(),
                Map.of("givenNames", "Zebedee", "familyName", "Quartermaine", "dateOfBirth", "1961-04-17"));
        post(
                housingOfficer(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-11-02",
                        "fact",
                        Map.of(
                                "type",
                                "OffenceProven",
                                "offence",
                                "Arson at Quartermaine Lodge",
                                "offenceDate",
                                "2026-10-01",
                                "disposal",
                                "CONVICTION_CUSTODIAL")),
                tony);
        post(probationKeyworker(), "/api/people/{id}/facts", "{\"occurredOn\": \"Quartermaine\"}", tony);
        post(
                probationKeyworker(),
                "/api/people",
                Map.of(
                        "givenNames",
                        "Zebedee",
                        "familyName",
                        "Quartermaine",
                        "dateOfBirth",
                        "2999-04-17",
                        "nhsNumber",
                        "1961041700"));

        assertThat(output.getAll()).doesNotContain("Quartermaine", "Zebedee", "1961-04-17", "1961041700");
    }

    @Test
    void findsEveryoneWithAFamilyNameEvenWhenTheyAreRegisteredAtOnce() throws Exception {
        java.util.concurrent.ExecutorService keyworkers = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<String>> registrations = new java.util.ArrayList<>();
        for (int child = 1; child <= 12; child++) {
            String given = "Child" + (char) ('a' + child);
            registrations.add(keyworkers.submit(() -> register(
                    earlyHelpKeyworker(),
                    Map.of(
                            "givenNames",
                            given,
                            "familyName",
                            "Okonkwo",
                            "dateOfBirth",
                            "2015-01-" + (10 + given.length())))));
        }
        java.util.Set<String> registered = new java.util.HashSet<>();
        for (var registration : registrations) {
            registered.add(registration.get());
        }
        keyworkers.shutdown();

        JsonNode found = get(housingOfficer(), "/api/people?familyName=okonkwo").getBody();
        assertThat(found.findValuesAsText("personId")).containsExactlyInAnyOrderElementsOf(registered);
        JsonNode mine =
                get(earlyHelpKeyworker(), "/api/people/registered-by-me").getBody();
        assertThat(mine.get("items").findValuesAsText("personId")).containsAll(registered);
    }

    @Test
    @Discloses("/api/fact-types") // the catalogue of kinds of fact: no personal data
    void describesEachKindOfFactWithItsFieldsForForms() {
        JsonNode mine = get(housingOfficer(), "/api/fact-types?mine=true").getBody();
        assertThat(mine.findValuesAsText("type"))
                .contains("RentArrearsRecorded", "CaseNoteWritten")
                .doesNotContain("OffenceProven");

        JsonNode all = get(housingOfficer(), "/api/fact-types").getBody();
        JsonNode offence = java.util.stream.StreamSupport.stream(all.spliterator(), false)
                .filter(type -> type.get("type").asText().equals("OffenceProven"))
                .findFirst()
                .orElseThrow();
        assertThat(offence.get("category").asText()).isEqualTo("OFFENDING");
        assertThat(offence.at("/fields/0/name").asText()).isEqualTo("offence");
        assertThat(offence.at("/fields/0/required").asBoolean()).isTrue();
        assertThat(offence.at("/fields/0/maxLength").asInt()).isEqualTo(200);
        assertThat(offence.at("/fields/1/input").asText()).isEqualTo("DATE");
        assertThat(offence.at("/fields/2/input").asText()).isEqualTo("CHOICE");
        assertThat(offence.at("/fields/2/options").toString()).contains("REPRIMAND");
        JsonNode note = java.util.stream.StreamSupport.stream(all.spliterator(), false)
                .filter(type -> type.get("type").asText().equals("CaseNoteWritten"))
                .findFirst()
                .orElseThrow();
        assertThat(note.at("/fields/0/input").asText()).isEqualTo("LONG_TEXT");
    }

    @Test
    void refusesChangesFromUsersWhoAreNotPractitioners() {
        assertThat(post(igOfficer(), "/api/people", tony()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        assertThat(anonymous()
                        .get()
                        .uri("/api/people/anyone")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous()
                        .get()
                        .uri("/api/people/anyone")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer " + TestIssuer.tokenFromAnotherIssuer(probationKeyworker()))
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void answersAnUnknownPersonWithNotFound() {
        assertThat(get(probationKeyworker(), "/api/people/{id}", "no-such-person")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(
                                probationKeyworker(),
                                "/api/people/{id}/facts",
                                Map.of(
                                        "occurredOn",
                                        "2026-11-02",
                                        "fact",
                                        Map.of("type", "CaseNoteWritten", "text", "A note")),
                                "no-such-person")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String register(uk.joinedup.caseservice.agency.Actor actor, Map<String, Object> details) {
        return ok(actor, "/api/people", details);
    }

    private static final java.util.concurrent.atomic.AtomicInteger NINOS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Tony Marsh, with a National Insurance number no other test uses. */
    private static Map<String, Object> tony() {
        return Map.of(
                "givenNames", "Tony",
                "familyName", "Marsh",
                "dateOfBirth", "1990-06-27",
                "sexOrGender", "MALE",
                "nationalInsuranceNumber", String.format("jm %06d d", NINOS.incrementAndGet()),
                "address", Map.of("line1", "41 Portswood Road", "town", "Southampton", "postcode", "so172es"));
    }

    private static List<JsonNode> entries(JsonNode person) {
        return java.util.stream.StreamSupport.stream(person.get("entries").spliterator(), false)
                .filter(entry -> !entry.get("kind").asText().equals("PersonRegistered"))
                .toList();
    }

    private static JsonNode entry(JsonNode person, String entryId) {
        return entries(person).stream()
                .filter(entry -> entry.get("entryId").asText().equals(entryId))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> fieldMessages(JsonNode problem) {
        Map<String, String> messages = new HashMap<>();
        problem.get("errors")
                .forEach(error -> messages.put(
                        error.get("field").asText(), error.get("message").asText()));
        return messages;
    }

    private long eventCount() {
        return events.readEvents(null, false).count();
    }
}
