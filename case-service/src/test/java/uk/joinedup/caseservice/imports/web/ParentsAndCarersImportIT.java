package uk.joinedup.caseservice.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.schoolAttendanceOfficer;
import static uk.joinedup.caseservice.agency.Actors.schoolDataOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.TeamsAroundFamilies;
import uk.joinedup.caseservice.imports.ImportIntegrationTest;

/**
 * A school's contacts export through the real API, with real tokens and the embedded store: a pupil registered
 * by the school's attendance extract (and excluded, by its exclusions extract); then her parents and carers, the
 * row's person the contact and the fact recorded on the pupil its UPN names. A row naming a pupil nobody
 * registered is refused in the dry run; the import registers the mother and records her as the pupil's parent,
 * and the two, at one address with no family registered, are proposed to early help as a household. The same
 * file again records nothing.
 */
class ParentsAndCarersImportIT extends ImportIntegrationTest {

    private static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PUPIL = Upns.of(61);
    private static final String UNKNOWN_PUPIL = Upns.of(62);

    @Test
    void contactsOfAPupilImportedBeforeMakeAHouseholdProposedForEarlyHelpAndARerunRecordsNothing() {
        importWhole(
                "school-attendance",
                "UPN,Forename,Surname,Date of birth,Postcode,Address,Town,Academic year,Term,Term ended,"
                        + "Sessions possible,Authorised absences,Unauthorised absences\n"
                        + PUPIL + ",Tia,Quennell,11/03/2013,SO16 5AA,12 Lark Rise,Southampton,2025/26,Autumn,"
                        + "19/12/2025,150,4,30\n");
        importWhole(
                "school-exclusions",
                "Exclusion reference,UPN,Forename,Surname,Date of birth,Postcode,Start date,Exclusion type,Days\n"
                        + "EX-QUENNELL-1," + PUPIL + ",Tia,Quennell,11/03/2013,SO16 5AA," + daysAgo(30) + ",Fixed,2\n");
        String contacts = "Pupil UPN,Contact forename,Contact surname,Contact date of birth,Postcode,Address,Town,"
                + "Relationship\n"
                + PUPIL + ",Rose,Quennell,02/08/1989,SO16 5AA,12 Lark Rise,Southampton,Mother\n"
                + UNKNOWN_PUPIL + ",Ian,Quennell,14/01/1987,SO16 5AA,12 Lark Rise,Southampton,Father\n";

        String importId = upload(schoolDataOfficer(), "parents-and-carers", "contacts.csv", contacts);
        JsonNode checked = awaitStatus(schoolDataOfficer(), importId, "CHECKED");

        assertThat(checked.at("/counts/newPeople").asInt())
                .as("the mother, whom nobody registered")
                .isEqualTo(1);
        assertThat(checked.at("/counts/refused").asInt()).isEqualTo(1);
        assertThat(problems(checked))
                .containsExactly("3 Pupil UPN Nobody registered has the pupil UPN " + UNKNOWN_PUPIL
                        + ": import the school's attendance or exclusions first, which register its pupils");
        post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), importId);
        assertThat(awaitStatus(schoolDataOfficer(), importId, "IMPORTED")
                        .at("/counts/imported")
                        .asInt())
                .isEqualTo(1);
        awaitReadModels();

        String educationOnly = theSchoolSharesWithEarlyHelpForEarlyIdentification("EDUCATION");
        try {
            assertThat(householdsOf("Quennell"))
                    .as("the parent link is a family fact the school does not share: no household from it")
                    .isEmpty();
        } finally {
            end(educationOnly);
        }
        String agreement = theSchoolSharesWithEarlyHelpForEarlyIdentification("EDUCATION", "FAMILY");
        try {
            JsonNode household = householdsOf("Quennell").stream()
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Quennell household"));
            assertThat(household.get("familyId").isNull())
                    .as("no family registered")
                    .isTrue();
            assertThat(household.get("members").findValuesAsText("givenNames"))
                    .containsExactlyInAnyOrder("Rose", "Tia");
            String tia = memberCalled(household, "Tia");
            String rose = memberCalled(household, "Rose");
            JsonNode parent = entryOf(tia, "ParentRecorded");
            assertThat(parent.at("/fact/parent").asText())
                    .as("recorded on the pupil, naming the mother")
                    .isEqualTo(rose);
            assertThat(parent.at("/fact/birthParent").asBoolean()).isTrue();
            assertThat(parent.get("occurredOn").asText())
                    .as("dated the day the file was checked")
                    .isEqualTo(TeamsAroundFamilies.days(0));
            assertThat(parent.toString())
                    .as("as the data officer who started the import")
                    .contains(schoolDataOfficer().name());
        } finally {
            end(agreement);
        }

        long head = eventStoreHead();
        String again = upload(schoolDataOfficer(), "parents-and-carers", "contacts-again.csv", contacts);
        JsonNode rerun = awaitStatus(schoolDataOfficer(), again, "CHECKED");
        assertThat(rerun.at("/counts/unchanged").asInt()).isEqualTo(1);
        assertThat(rerun.at("/counts/newPeople").asInt()).isZero();
        assertThat(rerun.at("/counts/refused").asInt()).isEqualTo(1);
        post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), again);
        assertThat(awaitStatus(schoolDataOfficer(), again, "IMPORTED")
                        .at("/counts/imported")
                        .asInt())
                .isZero();
        assertThat(eventStoreHead()).as("the same file again records nothing").isEqualTo(head);
    }

    /** The one entry of this kind on the person's record, as the school's attendance officer sees it. */
    private JsonNode entryOf(String personId, String kind) {
        List<JsonNode> found = new ArrayList<>();
        get(schoolAttendanceOfficer(), "/api/people/{id}", personId)
                .getBody()
                .get("entries")
                .forEach(entry -> {
                    if (entry.get("kind").asText().equals(kind)) {
                        found.add(entry);
                    }
                });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private void end(String agreement) {
        ok(
                igOfficer(),
                "/api/sharing-agreements/{id}/end",
                Map.of("endsOn", TeamsAroundFamilies.days(-1), "reason", "The test is over"),
                agreement);
    }

    private String theSchoolSharesWithEarlyHelpForEarlyIdentification(String... categories) {
        return ok(
                igOfficer(),
                "/api/sharing-agreements",
                Map.of(
                        "title", "Finding families early with the school",
                        "parties",
                                List.of(
                                        Map.of(
                                                "agency",
                                                schoolDataOfficer().agency().value()),
                                        Map.of("agency", "southampton-early-help")),
                        "categories", List.of(categories),
                        "purposes", List.of("EARLY_IDENTIFICATION"),
                        "lawfulBases", List.of("PUBLIC_TASK"),
                        "startsOn", TeamsAroundFamilies.days(-1),
                        "reviewOn", TeamsAroundFamilies.days(365)));
    }

    /** The household candidates, on the early-help manager's list, with a member of this family name. */
    private List<JsonNode> householdsOf(String familyName) {
        JsonNode list =
                get(earlyHelpManager(), "/api/identification/candidates").getBody();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode candidate : list.get("candidates")) {
            if (candidate.get("kind").asText().equals("HOUSEHOLD")
                    && candidate.get("members").findValuesAsText("familyName").contains(familyName)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static String memberCalled(JsonNode candidate, String givenNames) {
        for (JsonNode member : candidate.get("members")) {
            if (member.get("givenNames").asText().equals(givenNames)) {
                return member.get("personId").asText();
            }
        }
        throw new AssertionError("no " + givenNames + " in " + candidate);
    }

    private void importWhole(String type, String csv) {
        String importId = upload(schoolDataOfficer(), type, type + ".csv", csv);
        assertThat(awaitStatus(schoolDataOfficer(), importId, "CHECKED")
                        .at("/counts/refused")
                        .asInt())
                .isZero();
        post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), importId);
        awaitStatus(schoolDataOfficer(), importId, "IMPORTED");
        awaitReadModels();
    }

    private static String daysAgo(int days) {
        return LocalDate.now(ZoneId.of("Europe/London")).minusDays(days).format(DATES);
    }
}
