package uk.joinedup.caseservice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Role;

/**
 * The demo's families for early identification (ADR 29) are on Mo Ahmed's list: the Reed family, whose crime and
 * work criteria the police's and Jobcentre Plus's facts meet under the early identification protocol, and whose
 * education criterion a school's attendance for Kai over the last three complete terms then meets; and the Nolans,
 * a household found in the data.
 */
@TestPropertySource(properties = "joinedup.demo-data=true")
class DemoIdentificationIT extends ApiIntegrationTest {

    private static final String CANDIDATES = "/api/identification/candidates";
    private static final Actor ANA = keyworker(DemoPractitioners.ANA);

    /** The scheme's school terms (troubled-families-phase-1.yml, schoolTerms): autumn, spring and summer. */
    private static final List<MonthDay> TERM_STARTS = List.of(MonthDay.of(9, 1), MonthDay.of(1, 1), MonthDay.of(4, 15));

    private static final List<String> TERM_NAMES = List.of("AUTUMN", "SPRING", "SUMMER");

    @Test
    void moSeesTheReedsWithCrimeAndWorkMetAndEducationOnceTheSchoolRecordsKaisAbsence() {
        awaitReadModels();
        JsonNode reeds = reeds();
        assertThat(reeds.get("kind").asText()).isEqualTo("FAMILY");
        assertThat(reeds.get("members").findValuesAsText("givenNames")).containsExactlyInAnyOrder("Dean", "Kai");
        assertThat(met(reeds, "crimeAndAntiSocialBehaviour"))
                .as("the police's acceptable behaviour contract, shared for early identification")
                .isTrue();
        assertThat(met(reeds, "work"))
                .as("Jobcentre Plus's Jobseeker's Allowance")
                .isTrue();
        assertThat(met(reeds, "education")).as("no attendance recorded yet").isFalse();
        assertThat(reeds.get("criteriaMet").asInt()).isEqualTo(2);
        assertThat(reeds.get("factsWithheld").asInt()).isZero();

        String kai = kai(reeds);
        for (Term term : lastCompleteTerms(3)) {
            post(
                    ANA,
                    "/api/people/{id}/facts",
                    Map.of(
                            "occurredOn",
                            term.lastDay().toString(),
                            "fact",
                            Map.of(
                                    "type",
                                    "TermAttendanceRecorded",
                                    "academicYear",
                                    term.academicYear(),
                                    "term",
                                    term.name(),
                                    "sessionsPossible",
                                    120,
                                    "authorisedAbsences",
                                    6,
                                    "unauthorisedAbsences",
                                    24)),
                    kai);
        }
        awaitReadModels();

        JsonNode judgedAgain = reeds();
        assertThat(met(judgedAgain, "education"))
                .as("20% unauthorised absence over the last three complete terms")
                .isTrue();
        assertThat(judgedAgain.get("criteriaMet").asInt()).isEqualTo(3);
    }

    @Test
    void theNolansAreAHouseholdFoundInTheData() {
        awaitReadModels();
        JsonNode list = get(DemoPractitioners.MO, CANDIDATES).getBody();
        JsonNode nolans = null;
        for (JsonNode candidate : list.get("candidates")) {
            if (candidate.get("members").findValuesAsText("familyName").contains("Nolan")) {
                nolans = candidate;
            }
        }
        assertThat(nolans)
                .as("Gemma and Josh at one address, his record naming her")
                .isNotNull();
        assertThat(nolans.get("kind").asText()).isEqualTo("HOUSEHOLD");
        assertThat(nolans.get("supportingFamiliesNeeds")).isNotEmpty();
    }

    private JsonNode reeds() {
        JsonNode list = get(DemoPractitioners.MO, CANDIDATES).getBody();
        for (JsonNode candidate : list.get("candidates")) {
            if (candidate.get("name").asText().equals("Reed family")) {
                return candidate;
            }
        }
        throw new AssertionError("the Reed family is not on Mo's list: " + list);
    }

    private static boolean met(JsonNode candidate, String criterion) {
        for (JsonNode one : candidate.get("criteria")) {
            if (one.get("criterion").asText().equals(criterion)) {
                return one.get("met").asBoolean();
            }
        }
        throw new AssertionError("no criterion " + criterion + " in " + candidate);
    }

    private static String kai(JsonNode reeds) {
        for (JsonNode member : reeds.get("members")) {
            if (member.get("givenNames").asText().equals(DemoIdentification.REED_CHILD.givenNames())) {
                assertThat(member.get("dateOfBirth").asText()).isEqualTo(DemoIdentification.REED_CHILD_BORN.toString());
                return member.get("personId").asText();
            }
        }
        throw new AssertionError("no Kai among the Reeds");
    }

    /** A school term: the year its academic year starts in and which of the three terms it is. */
    private record Term(int startYear, int index) {

        String academicYear() {
            return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
        }

        String name() {
            return TERM_NAMES.get(index);
        }

        Term previous() {
            return new Term(index == 0 ? startYear - 1 : startYear, (index + 2) % 3);
        }

        /** The day before the next term starts: every term ends in the calendar year after its academic year starts. */
        LocalDate lastDay() {
            return TERM_STARTS.get((index + 1) % 3).atYear(startYear + 1).minusDays(1);
        }
    }

    /** The {@code count} terms that ended before the term today falls in, latest first. */
    private static List<Term> lastCompleteTerms(int count) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int startYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        Term term = new Term(startYear, 0);
        for (int index = 1; index < 3; index++) {
            if (!today.isBefore(TERM_STARTS.get(index).atYear(startYear + 1))) {
                term = new Term(startYear, index);
            }
        }
        List<Term> terms = new ArrayList<>();
        while (terms.size() < count) {
            term = term.previous();
            terms.add(term);
        }
        return terms;
    }

    private static Actor keyworker(Actor demo) {
        return new Actor(
                demo.userId(),
                demo.name(),
                demo.agency(),
                demo.agencyName(),
                demo.agencyKind(),
                Set.of(Role.KEYWORKER));
    }
}
