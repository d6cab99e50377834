package uk.joinedup.caseservice.subjectaccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.schoolAttendanceOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.disclosure.Discloses;
import uk.joinedup.caseservice.subjectaccess.api.HeldItem;

/**
 * Subject access through the REST API (real HTTP, real tokens, the embedded MongoDB): the Hill family of three,
 * Deborah and her children Liam and Mia, with facts about each; Deborah asks what is held about her.
 */
class SubjectAccessApiIT extends ApiIntegrationTest {

    private static final AtomicInteger NINOS = new AtomicInteger(700_000);
    private static final String REQUESTS = "/api/subject-access-requests";

    @Test
    void anExportHoldsThePersonsFactsConsentsAndAccessLogWithASiblingsFactAndNameRedactedUntilOverridden() {
        Hills hills = hills();
        ok(earlyHelpKeyworker(), "/api/people/{id}/consents", consent(), hills.deborah());
        // an access history: housing looks at Deborah's record
        assertThat(get(housingOfficer(), "/api/people/{id}", hills.deborah()).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> started = post(igOfficer(), REQUESTS, start(hills.deborah(), days(-3)));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String request = started.getBody().get("id").asText();
        assertThat(started.getHeaders().getLocation()).hasToString(REQUESTS + "/" + request);

        JsonNode open = get(igOfficer(), REQUESTS).getBody();
        JsonNode listed = find(open, "requestId", request);
        assertThat(listed.get("personId").asText()).isEqualTo(hills.deborah());
        assertThat(listed.get("dueBy").asText())
                .isEqualTo(uk().minusDays(3).plusMonths(1).toString());
        assertThat(listed.get("status").asText()).isEqualTo("OPEN");
        assertThat(listed.get("startedBy").asText()).isEqualTo("Chris Ward");

        ResponseEntity<JsonNode> answered = get(igOfficer(), REQUESTS + "/{id}/response", request);
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode response = answered.getBody();
        assertThat(response.get("personId").asText()).isEqualTo(hills.deborah());
        assertThat(response.get("version").asLong()).isZero();
        assertThat(response.at("/identity/givenNames").asText()).isEqualTo("Deborah");
        assertThat(response.at("/identity/identifiers/nationalInsuranceNumber").asText())
                .isNotBlank();
        assertThat(response.at("/identity/address").asText()).isEqualTo("2 Bitterne Road, Southampton, SO18 1AA");
        // her own fact, with her son's name marked and the reason
        JsonNode note = find(response.get("facts"), "kind", "CaseNoteWritten");
        assertThat(note.at("/content/text").asText())
                .isEqualTo("Deborah asked for help with the rent; worried about [another person's name removed] at"
                        + " school");
        assertThat(note.at("/redaction/how").asText()).isEqualTo("MARKED");
        assertThat(note.at("/redaction/reason").asText()).startsWith("Names another person");
        // her consent
        assertThat(response.get("consents")).hasSize(1);
        assertThat(response.at("/consents/0/kind").asText()).isEqualTo("Consent");
        assertThat(response.at("/consents/0/content/purpose").asText()).isEqualTo("FAMILY_SUPPORT");
        // who looked at her record
        JsonNode housingView = find(response.get("accessLog"), "userName", "Lee Morgan");
        assertThat(housingView.get("what").asText()).isEqualTo("PERSON");
        assertThat(housingView.get("agency").asText()).isEqualTo("southampton-housing");
        // her family, with Liam's exclusion and Liam and Mia themselves removed, each with its reason
        JsonNode family = response.at("/families/0");
        assertThat(family.get("name").asText()).isEqualTo("Hill family");
        assertThat(family.get("relationship").asText()).isEqualTo("PARENT");
        assertThat(family.get("otherMembers").asInt()).isEqualTo(2);
        String exclusion = HeldItem.idFor("person:" + hills.liam() + ":" + hills.exclusion());
        JsonNode removed = find(family.get("items"), "itemId", exclusion);
        assertThat(removed.has("kind"))
                .as("a removed item says not even what it is")
                .isFalse();
        assertThat(removed.get("content").isEmpty()).isTrue();
        assertThat(removed.at("/redaction/how").asText()).isEqualTo("REMOVED");
        assertThat(removed.at("/redaction/reason").asText()).startsWith("About another person");
        assertThat(removed.at("/redaction/overridden").asBoolean()).isFalse();
        assertThat(find(
                                family.get("items"),
                                "itemId",
                                HeldItem.idFor("family:" + hills.family() + ":member:" + hills.liam()))
                        .at("/redaction/how")
                        .asText())
                .isEqualTo("REMOVED");
        assertThat(response.get("redactionCount").asInt()).isPositive();
        String whole = response.toString();
        assertThat(whole)
                .doesNotContain("Liam")
                .doesNotContain("Mia")
                .doesNotContain(hills.liam())
                .doesNotContain(hills.mia())
                .doesNotContain("B801200005001")
                .doesNotContain("EXCLUDED")
                .doesNotContain("FIXED_TERM");

        // the officer releases Liam's exclusion, with a note
        ResponseEntity<JsonNode> overridden = post(
                igOfficer(),
                REQUESTS + "/{id}/overrides",
                Map.of("expectedVersion", 0, "itemId", exclusion, "note", "Deborah holds parental responsibility"),
                request);
        assertThat(overridden.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode after = get(igOfficer(), REQUESTS + "/{id}/response", request).getBody();
        assertThat(after.get("version").asLong()).isEqualTo(1);
        JsonNode shown = find(after.at("/families/0/items"), "itemId", exclusion);
        assertThat(shown.get("kind").asText()).isEqualTo("ExcludedFromSchool");
        assertThat(shown.at("/content/exclusion").asText()).isEqualTo("FIXED_TERM");
        assertThat(shown.get("recordedBy").asText()).isEqualTo("Bitterne Park School");
        assertThat(shown.at("/redaction/overridden").asBoolean()).isTrue();
        assertThat(shown.at("/redaction/overrideNote").asText()).isEqualTo("Deborah holds parental responsibility");
        assertThat(shown.at("/redaction/overriddenBy").asText()).isEqualTo("Chris Ward");
        assertThat(after.get("redactionCount").asInt())
                .isEqualTo(response.get("redactionCount").asInt() - 1);
        assertThat(get(igOfficer(), REQUESTS + "/{id}", request)
                        .getBody()
                        .at("/overrides/" + exclusion.replace("/", "~1") + "/note")
                        .asText())
                .isEqualTo("Deborah holds parental responsibility");

        // assembling the response is a view of her record, logged as subject access
        JsonNode log =
                get(igOfficer(), "/api/access-log?person={id}", hills.deborah()).getBody();
        List<JsonNode> assemblies = all(log.get("records"), "what", "SUBJECT_ACCESS");
        assertThat(assemblies)
                .as("one record for each time the response was assembled")
                .hasSize(2);
        JsonNode subjectAccess = assemblies.get(0);
        assertThat(subjectAccess.get("userName").asText()).isEqualTo("Chris Ward");
        assertThat(subjectAccess.get("references")).extracting(JsonNode::asText).containsExactly(request);
        assertThat(subjectAccess.at("/shown/EDUCATION"))
                .extracting(JsonNode::asText)
                .containsExactly("SUBJECT_ACCESS");
        assertThat(subjectAccess.get("personIds"))
                .extracting(JsonNode::asText)
                .contains(hills.deborah(), hills.liam(), hills.mia());
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflictAndAReleasedRequestChangesNoMore() {
        Hills hills = hills();
        String request = ok(igOfficer(), REQUESTS, start(hills.deborah(), days(0)));
        ok(igOfficer(), REQUESTS + "/{id}/closure", Map.of("expectedVersion", 0, "reason", "Made twice"), request);
        String other = ok(igOfficer(), REQUESTS, start(hills.mia(), days(-1)));
        String item = HeldItem.idFor("family:" + hills.family() + ":member:" + hills.liam());
        ok(
                igOfficer(),
                REQUESTS + "/{id}/overrides",
                Map.of("expectedVersion", 0, "itemId", item, "note", "Known"),
                other);
        long head = eventStoreHead();

        ResponseEntity<JsonNode> stale =
                post(igOfficer(), REQUESTS + "/{id}/release", Map.of("expectedVersion", 0), other);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(eventStoreHead()).isEqualTo(head);
        assertThat(post(
                                igOfficer(),
                                REQUESTS + "/{id}/restorations",
                                Map.of("expectedVersion", 1, "itemId", item),
                                other)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(igOfficer(), REQUESTS + "/{id}/release", Map.of("expectedVersion", 2), other)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode released = get(igOfficer(), REQUESTS + "/{id}", other).getBody();
        assertThat(released.get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.get("endedBy").asText()).isEqualTo("Chris Ward");
        assertThat(released.get("endedOn").asText()).isEqualTo(uk().toString());
        JsonNode closed = get(igOfficer(), REQUESTS + "/{id}", request).getBody();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closedReason").asText()).isEqualTo("Made twice");
        List<String> open = get(igOfficer(), REQUESTS).getBody().findValuesAsText("requestId");
        assertThat(open).doesNotContain(request, other);

        ResponseEntity<JsonNode> refused = post(
                igOfficer(),
                REQUESTS + "/{id}/overrides",
                Map.of("expectedVersion", 3, "itemId", item, "note", "Too late"),
                other);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("request-not-open");
    }

    @Test
    void anExtensionWithinTheFirstMonthMovesTheDeadlineAndTheResponseSaysWhy() {
        Hills hills = hills();
        String request = ok(igOfficer(), REQUESTS, start(hills.deborah(), days(-3)));
        LocalDate received = uk().minusDays(3);

        ResponseEntity<JsonNode> extended = post(
                igOfficer(),
                REQUESTS + "/{id}/extension",
                Map.of("expectedVersion", 0, "months", 2, "reason", "COMPLEX", "note", " Records of six agencies "),
                request);

        assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode view = get(igOfficer(), REQUESTS + "/{id}", request).getBody();
        assertThat(view.get("originalDueBy").asText())
                .isEqualTo(received.plusMonths(1).toString());
        assertThat(view.get("dueBy").asText()).isEqualTo(received.plusMonths(3).toString());
        assertThat(view.get("daysLeft").asLong()).isEqualTo(ChronoUnit.DAYS.between(uk(), received.plusMonths(3)));
        assertThat(view.get("version").asLong()).isEqualTo(1);
        assertThat(view.at("/extensions/0/months").asInt()).isEqualTo(2);
        assertThat(view.at("/extensions/0/reason").asText()).isEqualTo("COMPLEX");
        assertThat(view.at("/extensions/0/note").asText()).isEqualTo("Records of six agencies");
        assertThat(view.at("/extensions/0/decidedBy").asText()).isEqualTo("Chris Ward");
        assertThat(view.at("/extensions/0/decidedOn").asText()).isEqualTo(uk().toString());
        JsonNode response =
                get(igOfficer(), REQUESTS + "/{id}/response", request).getBody();
        assertThat(response.get("dueBy").asText())
                .isEqualTo(received.plusMonths(3).toString());
        assertThat(response.get("originalDueBy").asText())
                .isEqualTo(received.plusMonths(1).toString());
        assertThat(response.at("/extensions/0/note").asText()).isEqualTo("Records of six agencies");
        long head = eventStoreHead();

        ResponseEntity<JsonNode> stale = post(
                igOfficer(),
                REQUESTS + "/{id}/extension",
                Map.of("expectedVersion", 0, "months", 1, "reason", "COMPLEX", "note", "More"),
                request);
        ResponseEntity<JsonNode> atMaximum = post(
                igOfficer(),
                REQUESTS + "/{id}/extension",
                Map.of("expectedVersion", 1, "months", 1, "reason", "NUMEROUS_REQUESTS", "note", "More"),
                request);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(atMaximum.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(atMaximum.getBody().get("code").asText()).isEqualTo("deadline-already-extended-to-maximum");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void anExtensionAfterTheFirstMonthOrWithoutItsReasonsIsRefusedAndNothingIsStored() {
        Hills hills = hills();
        String late = ok(igOfficer(), REQUESTS, start(hills.deborah(), days(-40)));
        String request = ok(igOfficer(), REQUESTS, start(hills.mia(), days(0)));
        long head = eventStoreHead();

        ResponseEntity<JsonNode> tooLate = post(
                igOfficer(),
                REQUESTS + "/{id}/extension",
                Map.of("expectedVersion", 0, "months", 1, "reason", "COMPLEX", "note", "Many records"),
                late);
        ResponseEntity<JsonNode> invalid =
                post(igOfficer(), REQUESTS + "/{id}/extension", Map.of("months", 3, "note", " "), request);
        ResponseEntity<JsonNode> byAManager = post(
                earlyHelpManager(),
                REQUESTS + "/{id}/extension",
                Map.of("expectedVersion", 0, "months", 1, "reason", "COMPLEX", "note", "Many records"),
                request);

        assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(tooLate.getBody().get("code").asText()).isEqualTo("extension-after-first-month");
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("expectedVersion", "months", "reason", "note");
        assertThat(byAManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(eventStoreHead()).isEqualTo(head);
        assertThat(get(igOfficer(), REQUESTS + "/{id}", request).getBody().get("extensions"))
                .isEmpty();
    }

    @Test
    void aFamilyThePersonHasLeftIsInTheResponseWithTheDayTheyLeft() {
        Hills hills = hills();
        String before = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Hill and Price household"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", hills.deborah(), "relationship", "PARENT", "joinedOn", days(-400)),
                before);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members/{p}/departure",
                Map.of("reason", "Moved out", "on", days(-200)),
                before,
                hills.deborah());
        String request = ok(igOfficer(), REQUESTS, start(hills.deborah(), days(0)));

        JsonNode families =
                get(igOfficer(), REQUESTS + "/{id}/response", request).getBody().get("families");

        assertThat(families).hasSize(2);
        JsonNode former = find(families, "familyId", before);
        assertThat(former.get("name").asText()).isEqualTo("Hill and Price household");
        assertThat(former.get("leftOn").asText()).isEqualTo(days(-200));
        assertThat(find(families, "familyId", hills.family()).has("leftOn")).isFalse();
    }

    @Test
    void anOverrideNamesAnItemTheResponseRedacts() {
        Hills hills = hills();
        String request = ok(igOfficer(), REQUESTS, start(hills.deborah(), days(0)));
        JsonNode response =
                get(igOfficer(), REQUESTS + "/{id}/response", request).getBody();
        String unredacted = response.at("/identity/history/0/itemId").asText();
        long head = eventStoreHead();

        for (String itemId : List.of("item-no-such-item", unredacted)) {
            ResponseEntity<JsonNode> refused = post(
                    igOfficer(),
                    REQUESTS + "/{id}/overrides",
                    Map.of("expectedVersion", 0, "itemId", itemId, "note", "Agreed"),
                    request);
            assertThat(refused.getStatusCode()).as(itemId).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(refused.getBody().get("code").asText()).isEqualTo("no-such-redaction");
        }
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void badInputIsRefusedWithTheFieldsAndNothingIsStored() {
        Hills hills = hills();
        long head = eventStoreHead();

        ResponseEntity<JsonNode> invalid = post(
                igOfficer(),
                REQUESTS,
                Map.of("personId", hills.deborah(), "requester", "REPRESENTATIVE", "receivedOn", days(1)));

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("identityCheck", "receivedOn");
        ResponseEntity<JsonNode> unnamed = post(igOfficer(), REQUESTS, withRequester(start(hills.deborah(), days(0))));
        assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unnamed.getBody().get("code").asText()).isEqualTo("requester-name-required");
        ResponseEntity<JsonNode> nobody = post(igOfficer(), REQUESTS, start("no-such-person", days(0)));
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(nobody.getBody().get("code").asText()).isEqualTo("person-not-registered");
        ResponseEntity<JsonNode> unversioned =
                post(igOfficer(), REQUESTS + "/{id}/release", Map.of(), "no-such-request");
        assertThat(unversioned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unversioned.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("expectedVersion");
        assertThat(post(igOfficer(), REQUESTS + "/{id}/release", Map.of("expectedVersion", 0), "no-such-request")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    @Discloses("/api/subject-access-requests")
    @Discloses("/api/subject-access-requests/{requestId}")
    @Discloses("/api/subject-access-requests/{requestId}/response")
    void onlyInformationGovernanceOfficersMayReadRequestsOrResponses() {
        Hills hills = hills();
        String request = ok(igOfficer(), REQUESTS, start(hills.deborah(), days(0)));
        List<String> paths = List.of(REQUESTS, REQUESTS + "/" + request, REQUESTS + "/" + request + "/response");

        for (Actor actor : List.of(
                earlyHelpKeyworker(),
                earlyHelpManager(),
                housingOfficer(),
                Actors.agencyAdmin(),
                Actors.systemAdmin())) {
            for (String path : paths) {
                ResponseEntity<JsonNode> refused = get(actor, path);
                assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody().toString()).as(path).doesNotContain(hills.deborah());
            }
        }
        for (String path : paths) {
            assertThat(anonymous().get().uri(path).retrieve().toBodilessEntity().getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(post(earlyHelpManager(), REQUESTS, start(hills.deborah(), days(0)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(igOfficer(), REQUESTS + "/no-such-request/response").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Deborah, her son Liam (registered by his school, excluded) and her daughter Mia (Deborah her parent), one household. */
    private Hills hills() {
        String deborah = register(earlyHelpKeyworker(), "Deborah", "1985-03-14", true);
        String liam = register(schoolAttendanceOfficer(), "Liam", "2011-05-02", false);
        String mia = register(earlyHelpKeyworker(), "Mia", "2018-09-30", false);
        String exclusion = ok(
                schoolAttendanceOfficer(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(-20),
                        "fact",
                        Map.of("type", "ExcludedFromSchool", "exclusion", "FIXED_TERM", "days", 3)),
                liam);
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2018-09-30",
                        "fact",
                        Map.of("type", "ParentRecorded", "parent", deborah, "birthParent", true)),
                mia);
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(-10),
                        "fact",
                        Map.of(
                                "type",
                                "CaseNoteWritten",
                                "text",
                                "Deborah asked for help with the rent; worried about Liam at school")),
                deborah);
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Hill family"));
        for (Map.Entry<String, String> member :
                Map.of(deborah, "PARENT", liam, "CHILD", mia, "CHILD").entrySet()) {
            ok(
                    earlyHelpKeyworker(),
                    "/api/families/{id}/members",
                    Map.of("personId", member.getKey(), "relationship", member.getValue(), "joinedOn", days(-30)),
                    family);
        }
        return new Hills(deborah, liam, mia, family, exclusion);
    }

    private String register(Actor by, String givenName, String dateOfBirth, boolean nino) {
        Map<String, Object> details = new HashMap<>(Map.of(
                "givenNames", givenName, "familyName", "Hill", "dateOfBirth", dateOfBirth, "sexOrGender", "NOT_KNOWN"));
        if (nino) {
            details.put("nationalInsuranceNumber", String.format("JS%06dD", NINOS.incrementAndGet()));
            details.put("address", Map.of("line1", "2 Bitterne Road", "town", "Southampton", "postcode", "so18 1aa"));
        }
        return ok(by, "/api/people", details);
    }

    private static Map<String, Object> start(String personId, String receivedOn) {
        return Map.of(
                "personId", personId,
                "requester", "THE_PERSON",
                "identityCheck", "PHOTO_IDENTIFICATION",
                "identityNote", "Passport seen at the hub",
                "receivedOn", receivedOn);
    }

    private static Map<String, Object> withRequester(Map<String, Object> start) {
        Map<String, Object> changed = new HashMap<>(start);
        changed.put("requester", "REPRESENTATIVE");
        return changed;
    }

    private static Map<String, Object> consent() {
        return Map.of(
                "givenBy",
                "THE_PERSON",
                "recipients",
                List.of("southampton-housing"),
                "categories",
                List.of("EMPLOYMENT_AND_BENEFITS"),
                "purpose",
                "FAMILY_SUPPORT",
                "validUntil",
                days(365),
                "evidence",
                "SIGNED_FORM");
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        List<JsonNode> found = all(items, field, value);
        assertThat(found).as(field + " = " + value + " in " + items).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> all(JsonNode items, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(item -> {
            if (item.path(field).asText().equals(value)) {
                found.add(item);
            }
        });
        return found;
    }

    private static LocalDate uk() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private record Hills(String deborah, String liam, String mia, String family, String exclusion) {}
}
