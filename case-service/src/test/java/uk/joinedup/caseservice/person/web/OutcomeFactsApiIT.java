package uk.joinedup.caseservice.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;
import static uk.joinedup.caseservice.agency.Actors.schoolAttendanceOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.KeyStage;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;

/**
 * The facts the outcome indicators need, through the REST API: a child's parents as registered people,
 * Universal Credit with its regime, offences by children under 10, zero-hours jobs, leaving and rejoining a
 * school roll, pupil referral units, ESF provision, the forms' description of the changed and new facts, and
 * events stored under revision 1 read through the application's upcasters.
 */
class OutcomeFactsApiIT extends ApiIntegrationTest {

    private static final AtomicInteger NINOS = new AtomicInteger();

    @Autowired
    private EventStorageEngine events;

    @Autowired
    private org.axonframework.config.Configuration axon;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Test
    void recordsAChildsParentsAndTheirSeparationNamingBoth() {
        String child = register("Liam", "2015-03-01");
        String karen = register("Karen", "1988-05-12");
        String darren = register("Darren", "1986-09-30");

        fact(
                earlyHelpKeyworker(),
                child,
                "2015-03-01",
                Map.of("type", "ParentRecorded", "parent", karen, "birthParent", true));
        fact(
                earlyHelpKeyworker(),
                child,
                "2015-03-01",
                Map.of("type", "ParentRecorded", "parent", darren, "birthParent", true));
        String separation = fact(
                earlyHelpKeyworker(),
                child,
                "2021-06-30",
                Map.of("type", "ParentsSeparated", "firstParent", darren, "secondParent", karen));

        JsonNode entry =
                entry(get(earlyHelpKeyworker(), "/api/people/{id}", child).getBody(), separation);
        assertThat(entry.get("kind").asText()).isEqualTo("ParentsSeparated");
        assertThat(entry.get("occurredOn").asText()).isEqualTo("2021-06-30");
        assertThat(entry.at("/fact/firstParent").asText()).isEqualTo(darren);
        assertThat(entry.at("/fact/secondParent").asText()).isEqualTo(karen);
        assertThat(entry.get("category").asText()).isEqualTo("FAMILY");
    }

    @Test
    void refusesAParentWhoIsNotRegisteredAndStoresNothing() {
        String child = register("Mia", "2016-01-20");
        long before = eventCount();

        ResponseEntity<JsonNode> refused = post(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2016-01-20",
                        "fact",
                        Map.of("type", "ParentRecorded", "parent", "no-such-person", "birthParent", true)),
                child);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("person-not-registered");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesSeparatedParentsNotRecordedAsTheChildsParents() {
        String child = register("Ava", "2014-07-07");
        String one = register("Sam", "1980-01-01");
        String other = register("Jo", "1981-01-01");

        ResponseEntity<JsonNode> refused = post(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2020-01-01",
                        "fact",
                        Map.of("type", "ParentsSeparated", "firstParent", one, "secondParent", other)),
                child);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("parent-not-recorded");
    }

    @Test
    void recordsUniversalCreditWithItsRegimeAndRefusesItWithoutOne() {
        String claimant = register("Dee", "1990-02-02");

        fact(
                jobcentreAdviser(),
                claimant,
                "2026-01-05",
                Map.of(
                        "type",
                        "BenefitClaimStarted",
                        "benefit",
                        "UNIVERSAL_CREDIT",
                        "universalCreditRegime",
                        "SEARCHING_FOR_WORK"));
        ResponseEntity<JsonNode> invalid = post(
                jobcentreAdviser(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-01-05",
                        "fact",
                        Map.of("type", "BenefitClaimStarted", "benefit", "UNIVERSAL_CREDIT")),
                claimant);

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("errors").findValuesAsText("message"))
                .contains("Select the Universal Credit regime, and only for Universal Credit");
    }

    @Test
    void recordsAJobOfZeroContractedHours() {
        String worker = register("Pat", "1992-03-03");

        String job = fact(
                jobcentreAdviser(),
                worker,
                "2026-02-01",
                Map.of("type", "JobStarted", "employer", "Solent Logistics", "hoursPerWeek", 0));

        JsonNode entry =
                entry(get(jobcentreAdviser(), "/api/people/{id}", worker).getBody(), job);
        assertThat(entry.at("/fact/hoursPerWeek").asInt()).isZero();
    }

    @Test
    void refusesAnOffenceCommittedUnderTen() {
        String child = register("Kai", "2015-03-01");

        ResponseEntity<JsonNode> refused = post(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-01-10",
                        "fact",
                        Map.of(
                                "type",
                                "OffenceProven",
                                "offence",
                                "Criminal damage",
                                "offenceDate",
                                "2025-02-28",
                                "disposal",
                                "CAUTION")),
                child);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("offence-under-ten");
    }

    @Test
    void describesTheChangedFactsForFormsWithoutTheFieldsOnlyOldRecordsHave() {
        JsonNode all = get(earlyHelpKeyworker(), "/api/fact-types").getBody();

        assertThat(fieldNames(type(all, "AttainmentRecorded")))
                .containsExactly(
                        "keyStage", "reading", "writing", "maths", "englishGrade", "mathsGrade", "freeSchoolMeals");
        assertThat(fieldNames(type(all, "ParentRecorded"))).containsExactly("parent", "birthParent");
        assertThat(fieldNames(type(all, "TreatmentExited"))).containsExactly("exit", "start");
        assertThat(type(all, "AntiSocialBehaviourInterventionGiven")
                        .at("/fields/0/options")
                        .toString())
                .contains("ASBO_OR_INJUNCTION", "ACCEPTABLE_BEHAVIOUR_CONTRACT", "HOUSING_ACTION", "WARNING");
    }

    @Test
    void recordsAChildLeavingAndRejoiningASchoolRollAndRefusesASecondRejoiningStoringNothing() {
        String child = register("Ruby", "2013-09-09");

        fact(
                schoolAttendanceOfficer(),
                child,
                "2026-01-12",
                Map.of("type", "LeftSchoolRoll", "reason", "CHILD_MISSING_EDUCATION"));
        fact(
                schoolAttendanceOfficer(),
                child,
                "2026-03-02",
                Map.of("type", "RejoinedSchoolRoll", "school", "Bitterne Park School"));
        long before = eventCount();
        ResponseEntity<JsonNode> again = post(
                schoolAttendanceOfficer(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-04-20",
                        "fact",
                        Map.of("type", "RejoinedSchoolRoll", "school", "Woodlands Community College")),
                child);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.getBody().get("code").asText()).isEqualTo("not-off-school-roll");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void recordsAPlacementInAPupilReferralUnitAndRefusesOneWithoutItsReason() {
        String child = register("Jay", "2012-05-05");

        fact(
                schoolAttendanceOfficer(),
                child,
                "2026-02-02",
                Map.of(
                        "type",
                        "PlacedInAlternativeProvision",
                        "provision",
                        "PUPIL_REFERRAL_UNIT",
                        "reason",
                        "EXCLUDED"));
        ResponseEntity<JsonNode> invalid = post(
                schoolAttendanceOfficer(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-02-03",
                        "fact",
                        Map.of("type", "PlacedInAlternativeProvision", "provision", "ALTERNATIVE_PROVISION")),
                child);

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("errors").findValuesAsText("message"))
                .contains("Select why they were placed there");
    }

    @Test
    void recordsAttachmentToEsfProvisionByTheCouncilsEarlyHelpService() {
        String adult = register("Sian", "1987-11-11");

        String attached = fact(
                earlyHelpKeyworker(),
                adult,
                "2026-03-09",
                Map.of("type", "AttachedToEsfProvision", "provider", "Reed in Partnership"));

        JsonNode entry =
                entry(get(earlyHelpKeyworker(), "/api/people/{id}", adult).getBody(), attached);
        assertThat(entry.get("kind").asText()).isEqualTo("AttachedToEsfProvision");
        assertThat(entry.at("/fact/provider").asText()).isEqualTo("Reed in Partnership");
        assertThat(entry.get("category").asText()).isEqualTo("EMPLOYMENT_AND_BENEFITS");
    }

    @Test
    void describesTheSchoolRollProvisionAndEsfFactsForForms() {
        JsonNode all = get(earlyHelpKeyworker(), "/api/fact-types").getBody();

        assertThat(fieldNames(type(all, "LeftSchoolRoll"))).containsExactly("reason");
        assertThat(fieldNames(type(all, "RejoinedSchoolRoll"))).containsExactly("school");
        assertThat(fieldNames(type(all, "PlacedInAlternativeProvision"))).containsExactly("provision", "reason");
        assertThat(fieldNames(type(all, "AttachedToEsfProvision"))).containsExactly("provider");
        assertThat(type(all, "PlacedInAlternativeProvision")
                        .at("/fields/1/options")
                        .toString())
                .contains("EXCLUDED", "AT_RISK_OF_EXCLUSION", "HEALTH_NEEDS", "OTHER");
    }

    @Test
    void readsAnAttainmentStoredAsRevision1ThroughTheApplicationsUpcasters() throws Exception {
        String stored = Files.readString(
                Path.of("src/test/resources/golden/fact-AttainmentRecorded.rev-1.json"), StandardCharsets.UTF_8);
        InitialEventRepresentation revision1 = new InitialEventRepresentation(
                new GenericDomainEventEntry<>(
                        "Person",
                        "person-1",
                        0,
                        "event-1",
                        Instant.parse("2026-10-01T09:30:00Z"),
                        AgencyFactRecorded.class.getName(),
                        "1",
                        stored,
                        "{}"),
                eventSerializer);

        List<IntermediateEventRepresentation> upcast =
                axon.upcasterChain().upcast(Stream.of(revision1)).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        AgencyFactRecorded event = eventSerializer.deserialize(new SimpleSerializedObject<>(
                upcast.get(0).getData(JsonNode.class).getData(),
                JsonNode.class,
                upcast.get(0).getType()));
        assertThat(event.fact())
                .isEqualTo(new AttainmentRecorded(KeyStage.KEY_STAGE_2, null, null, null, null, null, true, true));
    }

    private String register(String givenName, String dateOfBirth) {
        return ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of(
                        "givenNames",
                        givenName,
                        "familyName",
                        "Outcomes",
                        "dateOfBirth",
                        dateOfBirth,
                        "sexOrGender",
                        "NOT_KNOWN",
                        "nationalInsuranceNumber",
                        String.format("jt %06d d", NINOS.incrementAndGet()),
                        "address",
                        Map.of("line1", "2 Bitterne Road", "town", "Southampton", "postcode", "so18 1aa")));
    }

    private String fact(
            uk.joinedup.caseservice.agency.Actor by, String person, String occurredOn, Map<String, Object> fact) {
        return ok(by, "/api/people/{id}/facts", Map.of("occurredOn", occurredOn, "fact", fact), person);
    }

    private static JsonNode entry(JsonNode person, String entryId) {
        return StreamSupport.stream(person.get("entries").spliterator(), false)
                .filter(entry -> entry.get("entryId").asText().equals(entryId))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode type(JsonNode all, String name) {
        return StreamSupport.stream(all.spliterator(), false)
                .filter(type -> type.get("type").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> fieldNames(JsonNode type) {
        return type.get("fields").findValuesAsText("name");
    }

    private long eventCount() {
        return events.readEvents(null, false).count();
    }
}
