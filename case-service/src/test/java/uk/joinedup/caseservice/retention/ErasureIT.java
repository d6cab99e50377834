package uk.joinedup.caseservice.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.schoolAttendanceOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.CaseServiceApplication;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.erasure.api.Erasures;
import uk.joinedup.caseservice.retention.erasure.api.ProposeErasure;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Erasing one member of a family of three (issue 16, ADR 31), on the embedded store's files: Deborah Hill, with a
 * case note, a National Insurance number and an address, a consent, an emergency override, searches for her by
 * name and postcode and a subject access request, and her children Liam (excluded from school) and Mia (whose
 * parent she is recorded as), and her elder son Noah, living with her and not in the family, whose household with
 * her an early-help manager has decided on for a reason naming her. An officer approves the erasure proposed for
 * Deborah. Afterwards nothing in the whole database holds her name, date of birth or identifier, nor does any
 * answer or log line; the keys of her record and of the household's decisions are tombstones; Liam's and Mia's
 * records and the family's read as before; and it stays so when the service starts again from its files (a copy
 * taken as a crash would leave them) and rebuilds every read model from the events.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureIT extends ApiIntegrationTest {

    private static final Path DATA = temporaryDirectory();
    private static final String NI_NUMBER = "JS480117D";
    private static final String BORN = "1985-03-14";
    /** What must be found nowhere once she is erased: only she has this given name and date of birth here. */
    private static final List<String> HERS = List.of("Deborah", BORN, NI_NUMBER, "JS 48 01 17 D");
    /** An early-help manager's reason for a decision on her household with Noah: it names her. */
    private static final String DECIDED_ABOUT_HER = "Deborah Hill's household: rent arrears, Noah out of school";

    @Autowired
    private CommandGateway commands;

    @Autowired
    private MongoDatabase database;

    @Autowired
    private Durability durability;

    @DynamicPropertySource
    static void onDisk(DynamicPropertyRegistry registry) {
        registry.add("joinedup.mongo.in-memory", () -> "false");
        registry.add(
                "joinedup.mongo.data-dir", () -> DATA.resolve("case-service").toString());
        registry.add("joinedup.retention.erasure-runs-every", () -> "PT1S");
        registry.add("joinedup.crypto.erasures-heard-every", () -> "PT1S");
    }

    @Test
    void erasingOneMemberLeavesNothingOfThemAnywhereAndTheOthersWholeAcrossARestart(CapturedOutput logs) {
        Hills hills = hills();
        JsonNode liamBefore =
                get(schoolAttendanceOfficer(), "/api/people/{id}", hills.liam()).getBody();
        JsonNode miaBefore =
                get(earlyHelpKeyworker(), "/api/people/{id}", hills.mia()).getBody();
        assertThat(DatabaseSearch.find(database, HERS))
                .as("before the erasure her details are held (in read models; her events are sealed)")
                .isNotEmpty();
        assertThat(DatabaseSearch.find(database, HERS))
                .as("no event holds them in the clear")
                .noneMatch(hit -> hit.collection().startsWith("event_"));
        DataSubject household = DataSubject.candidate(decidedOnHerHouseholdWithNoah(hills));
        assertThat(DatabaseSearch.find(database, List.of(DECIDED_ABOUT_HER)))
                .as("the decision's reason is held in the decisions' read model, and sealed in its event")
                .isNotEmpty()
                .allMatch(hit -> hit.collection().equals("identification_decisions"));

        DataSubject deborah = DataSubject.person(hills.deborah());
        ErasureId erasure = Erasures.idFor(deborah);
        commands.sendAndWait(new ProposeErasure(erasure, deborah, "adult-agency-facts", today().minusDays(1), today()));
        assertThat(post(igOfficer(), "/api/erasures/{id}/approval", Map.of("expectedVersion", 0), erasure.value())
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();
        awaitErased(erasure);

        assertThat(DatabaseSearch.find(database, HERS))
                .as("her details anywhere in the database")
                .isEmpty();
        Path copy = copyOfTheFiles();
        // searching for her from here on is a practitioner typing her details again: logged as typed
        long searchedAfter = database.getCollection("access_log").countDocuments();
        assertTombstone(deborah, erasure);
        assertTombstone(household, erasure);
        assertTheOthersWholeAndHerGone(api(baseUrl()), hills, liamBefore, miaBefore);
        assertThat(get(igOfficer(), "/api/access-log/verification")
                        .getBody()
                        .get("intact")
                        .asBoolean())
                .as("the access log's chain verifies with her searches redacted")
                .isTrue();

        try (ConfigurableApplicationContext restarted = startedFrom(copy)) {
            MongoDatabase reopened = restarted.getBean(MongoDatabase.class);
            assertThat(DatabaseSearch.find(reopened, HERS))
                    .as("her details anywhere once every read model is rebuilt from the events, but for the"
                            + " searches typed after the erasure")
                    .allMatch(hit ->
                            hit.collection().equals("access_log") && Long.parseLong(hit.documentId()) > searchedAfter);
            assertTheOthersWholeAndHerGone(
                    api("http://127.0.0.1:"
                            + ((WebServerApplicationContext) restarted)
                                    .getWebServer()
                                    .getPort()),
                    hills,
                    liamBefore,
                    miaBefore);
        }
        assertThat(logs.getAll()).as("the logs").doesNotContain("Deborah").doesNotContain(NI_NUMBER);
    }

    @Test
    void erasingAFamilyLeavesNothingOfItsCaseAndItsMembersRecordsWhole() {
        String okafor = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Chidi", "familyName", "Okafor", "dateOfBirth", "1979-08-21"));
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Okafor household"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", okafor, "relationship", "PARENT", "joinedOn", days(-30)),
                family);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Quarrelsome landlord threatening eviction", "riskFactors", List.of("OTHER")),
                family);
        awaitReadModels();
        List<String> theirs = List.of("Okafor household", "Quarrelsome landlord");
        assertThat(DatabaseSearch.find(database, theirs)).as("held before").isNotEmpty();

        DataSubject subject = DataSubject.family(family);
        ErasureId erasure = Erasures.idFor(subject);
        commands.sendAndWait(new ProposeErasure(erasure, subject, "early-help-case", today().minusDays(1), today()));
        assertThat(post(igOfficer(), "/api/erasures/{id}/approval", Map.of("expectedVersion", 0), erasure.value())
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();
        awaitErased(erasure);

        assertThat(DatabaseSearch.find(database, theirs))
                .as("the family's name and case anywhere")
                .isEmpty();
        assertTombstone(
                DataSubject.candidate(CandidateId.of(new FamilyId(family)).value()), erasure);
        assertThat(get(earlyHelpKeyworker(), "/api/families/{id}", family)
                        .getStatusCode()
                        .value())
                .isIn(404, 410);
        assertThat(get(earlyHelpKeyworker(), "/api/people/{id}", okafor)
                        .getBody()
                        .get("familyName")
                        .asText())
                .as("the member's own record is kept on its own schedule")
                .isEqualTo("Okafor");
    }

    /** The subject's key is a tombstone naming the erasure. */
    private void assertTombstone(DataSubject subject, ErasureId erasure) {
        BsonDocument bucket = database.getCollection("subject_keys", BsonDocument.class)
                .find(Filters.exists("keys." + subject.keyId()))
                .first();
        assertThat(bucket).as(subject + " is kept, as a key or a tombstone").isNotNull();
        BsonDocument key = bucket.getDocument("keys").getDocument(subject.keyId());
        assertThat(key.containsKey("wrapped")).as(subject + " is a tombstone").isFalse();
        assertThat(key.get("erasure")).isEqualTo(new BsonString(erasure.value()));
    }

    /**
     * An early-help manager decides on Deborah's household with Noah, as listed for early identification.
     *
     * @return the household's candidate id
     */
    private String decidedOnHerHouseholdWithNoah(Hills hills) {
        String household = null;
        for (JsonNode candidate : get(earlyHelpManager(), "/api/identification/candidates")
                .getBody()
                .get("candidates")) {
            if (candidate.get("kind").asText().equals("HOUSEHOLD")
                    && candidate
                            .get("members")
                            .findValuesAsText("personId")
                            .containsAll(List.of(hills.deborah(), hills.noah()))) {
                household = candidate.get("candidateId").asText();
            }
        }
        assertThat(household).as("her household with Noah listed").isNotNull();
        assertThat(post(
                                earlyHelpManager(),
                                "/api/identification/candidates/{id}/decision",
                                Map.of("decision", "NOT_NOW", "reason", DECIDED_ABOUT_HER),
                                household)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        awaitReadModels();
        return household;
    }

    private static void assertTheOthersWholeAndHerGone(Api api, Hills hills, JsonNode liamBefore, JsonNode miaBefore) {
        assertThat(api.get(schoolAttendanceOfficer(), "/api/people/" + hills.liam())
                        .getBody())
                .as("Liam's record as before")
                .isEqualTo(liamBefore);
        JsonNode mia =
                api.get(earlyHelpKeyworker(), "/api/people/" + hills.mia()).getBody();
        assertThat(mia.get("givenNames").asText()).isEqualTo("Mia");
        assertThat(mia.get("entries")).hasSameSizeAs(miaBefore.get("entries"));
        JsonNode family =
                api.get(earlyHelpKeyworker(), "/api/families/" + hills.family()).getBody();
        assertThat(family.toString()).contains(hills.liam(), hills.mia()).doesNotContain("Deborah");

        ResponseEntity<JsonNode> hers = api.get(earlyHelpKeyworker(), "/api/people/" + hills.deborah());
        assertThat(hers.getStatusCode().value()).as("her record").isIn(404, 410);
        for (String search : List.of("name=Deborah Hill", "identifier=" + NI_NUMBER, "dateOfBirth=" + BORN)) {
            ResponseEntity<JsonNode> found = api.get(housingOfficer(), "/api/people?" + search);
            assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(found.getBody().toString())
                    .as(search)
                    .doesNotContain(hills.deborah())
                    .doesNotContain("Deborah");
        }
        ResponseEntity<JsonNode> note = api.post(
                earlyHelpKeyworker(),
                "/api/people/" + hills.deborah() + "/facts",
                Map.of("occurredOn", days(0), "fact", Map.of("type", "CaseNoteWritten", "text", "After")));
        assertThat(note.getStatusCode().value()).as("recording on her record").isIn(404, 410);
    }

    private void awaitErased(ErasureId erasure) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"COMPLETED"
                .equals(get(igOfficer(), "/api/erasures/{id}", erasure.value())
                        .getBody()
                        .path("status")
                        .asText())) {
            assertThat(System.nanoTime())
                    .as("the erasure completes within a minute")
                    .isLessThan(deadline);
            pause();
        }
    }

    private Hills hills() {
        String deborah = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of(
                        "givenNames",
                        "Deborah",
                        "familyName",
                        "Hill",
                        "dateOfBirth",
                        BORN,
                        "sexOrGender",
                        "FEMALE",
                        "nationalInsuranceNumber",
                        NI_NUMBER,
                        "address",
                        Map.of("line1", "2 Bitterne Road", "town", "Southampton", "postcode", "so18 1aa")));
        String noah = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of(
                        "givenNames",
                        "Noah",
                        "familyName",
                        "Hill",
                        "dateOfBirth",
                        "2008-11-20",
                        "address",
                        Map.of("line1", "2 Bitterne Road", "town", "Southampton", "postcode", "so18 1aa")));
        fact(
                earlyHelpKeyworker(),
                noah,
                "2008-11-20",
                Map.of("type", "ParentRecorded", "parent", deborah, "birthParent", true));
        fact(
                earlyHelpKeyworker(),
                noah,
                days(-15),
                Map.of(
                        "type",
                        "AntiSocialBehaviourInterventionGiven",
                        "intervention",
                        "ACCEPTABLE_BEHAVIOUR_CONTRACT"));
        String liam = ok(
                schoolAttendanceOfficer(),
                "/api/people",
                Map.of("givenNames", "Liam", "familyName", "Hill", "dateOfBirth", "2011-05-02"));
        String mia = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Mia", "familyName", "Hill", "dateOfBirth", "2018-09-30"));
        fact(
                schoolAttendanceOfficer(),
                liam,
                days(-20),
                Map.of("type", "ExcludedFromSchool", "exclusion", "FIXED_TERM", "days", 3));
        fact(
                earlyHelpKeyworker(),
                mia,
                "2018-09-30",
                Map.of("type", "ParentRecorded", "parent", deborah, "birthParent", true));
        fact(
                earlyHelpKeyworker(),
                deborah,
                days(-10),
                Map.of("type", "CaseNoteWritten", "text", "Deborah asked for help with the rent"));
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Hill family"));
        for (Map.Entry<String, String> member :
                Map.of(deborah, "PARENT", liam, "CHILD", mia, "CHILD").entrySet()) {
            ok(
                    earlyHelpKeyworker(),
                    "/api/families/{id}/members",
                    Map.of("personId", member.getKey(), "relationship", member.getValue(), "joinedOn", days(-30)),
                    family);
        }
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/consents",
                Map.of(
                        "givenBy", "THE_PERSON",
                        "recipients", List.of("southampton-housing"),
                        "categories", List.of("EMPLOYMENT_AND_BENEFITS"),
                        "purpose", "FAMILY_SUPPORT",
                        "validUntil", days(365),
                        "evidence", "SIGNED_FORM",
                        "evidenceNote", "Deborah signed at the hub"),
                deborah);
        post(
                housingOfficer(),
                "/api/people/{id}/emergency-access",
                Map.of("reason", "CHILD_AT_RISK", "explanation", "Deborah not answering; children at home"),
                deborah);
        get(housingOfficer(), "/api/people?name={n}", "Deborah Hill");
        get(housingOfficer(), "/api/people?identifier={i}", NI_NUMBER);
        get(housingOfficer(), "/api/people/{id}", deborah);
        String request = ok(
                igOfficer(),
                "/api/subject-access-requests",
                Map.of(
                        "personId", deborah,
                        "requester", "THE_PERSON",
                        "identityCheck", "PHOTO_IDENTIFICATION",
                        "identityNote", "Passport seen at the hub",
                        "receivedOn", days(-3)));
        get(igOfficer(), "/api/subject-access-requests/{id}/response", request);
        awaitReadModels();
        return new Hills(deborah, liam, mia, noah, family);
    }

    private void fact(Actor by, String person, String occurredOn, Map<String, Object> fact) {
        ok(by, "/api/people/{id}/facts", Map.of("occurredOn", occurredOn, "fact", fact), person);
    }

    /** The store's files and master keys as a crash would leave them, the writes so far made durable first. */
    private Path copyOfTheFiles() {
        durability.commit();
        Path copy = temporaryDirectory();
        for (String directory : List.of("case-service", "case-service-keys")) {
            try (var files = Files.walk(DATA.resolve(directory))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(DATA.relativize(file).toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    private ConfigurableApplicationContext startedFrom(Path files) {
        return new SpringApplicationBuilder(CaseServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--joinedup.mongo.data-dir=" + files.resolve("case-service"),
                        "--joinedup.read-models.rebuild-on-start=true",
                        "--joinedup.retention.review.cron=-",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.jwkSetUri());
    }

    private static Api api(String baseUrl) {
        return new Api(RestClient.builder()
                .baseUrl(baseUrl)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("erasure-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family of three, and Noah, living with his mother outside it. */
    private record Hills(String deborah, String liam, String mia, String noah, String family) {}

    /** Calls to a service started outside the test's context, as the actor. */
    private record Api(RestClient client) {

        ResponseEntity<JsonNode> get(Actor actor, String path) {
            return client.get()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.tokenFor(actor))
                    .retrieve()
                    .toEntity(JsonNode.class);
        }

        ResponseEntity<JsonNode> post(Actor actor, String path, Object body) {
            return client.post()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.tokenFor(actor))
                    .body(body)
                    .retrieve()
                    .toEntity(JsonNode.class);
        }
    }
}
