package uk.joinedup.caseservice.views.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;

/**
 * The person and family views carry one page of the chronology: 50 entries, newest first, after the
 * filter, with the counts of the whole. Through real HTTP, real tokens and the embedded MongoDB.
 */
class PagedChronologyIT extends ApiIntegrationTest {

    @Test
    void carriesAPersonsChronologyFiftyEntriesAPageNewestFirst() {
        String tony = person(probationKeyworker(), "Tony", "Marsh");
        notes(probationKeyworker(), tony, 60, "Note");

        JsonNode first = get(probationKeyworker(), "/api/people/{id}", tony).getBody();
        JsonNode second =
                get(probationKeyworker(), "/api/people/{id}?page=2", tony).getBody();
        JsonNode third =
                get(probationKeyworker(), "/api/people/{id}?page=3", tony).getBody();

        assertThat(first.at("/chronology/total").asInt())
                .as("registration and 60 notes")
                .isEqualTo(61);
        assertThat(first.at("/chronology/pages").asInt()).isEqualTo(2);
        assertThat(first.at("/chronology/page").asInt()).isEqualTo(1);
        assertThat(first.get("entries")).hasSize(50);
        assertThat(second.at("/chronology/page").asInt()).isEqualTo(2);
        assertThat(second.get("entries")).hasSize(11);
        assertThat(third.get("entries")).as("past the last page").isEmpty();
        assertThat(third.at("/chronology/total").asInt()).isEqualTo(61);

        List<JsonNode> both = new ArrayList<>();
        first.get("entries").forEach(both::add);
        second.get("entries").forEach(both::add);
        assertThat(both.stream().map(entry -> entry.get("entryId").asText()).distinct())
                .as("every entry once, on one page or the other")
                .hasSize(61);
        assertThat(both.stream()
                        .map(entry -> LocalDate.parse(entry.get("occurredOn").asText())))
                .as("newest first, across the page boundary")
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(first.at("/entries/0/kind").asText())
                .as("registered today, so newer than yesterday's note")
                .isEqualTo("PersonRegistered");
        assertThat(first.at("/entries/1/fact/text").asText()).isEqualTo("Note 1");
        assertThat(second.at("/entries/10/fact/text").asText())
                .as("the oldest entry ends the last page")
                .isEqualTo("Note 60");
    }

    @Test
    void keepsTheFilterOnEveryPage() {
        String tony = person(probationKeyworker(), "Tony", "Marsh");
        notes(probationKeyworker(), tony, 10, "Note");
        for (int day = 1; day <= 55; day++) {
            ok(
                    probationKeyworker(),
                    "/api/people/{id}/facts",
                    Map.of(
                            "occurredOn",
                            days(-day),
                            "fact",
                            Map.of("type", "OffenderCohortJoined", "cohort", "INTEGRATED_OFFENDER_MANAGEMENT")),
                    tony);
        }

        JsonNode first = get(probationKeyworker(), "/api/people/{id}?category=OFFENDING&page=1", tony)
                .getBody();
        JsonNode second = get(probationKeyworker(), "/api/people/{id}?category=OFFENDING&page=2", tony)
                .getBody();

        assertThat(first.at("/chronology/total").asInt()).isEqualTo(55);
        assertThat(first.at("/chronology/pages").asInt()).isEqualTo(2);
        assertThat(first.get("entries")).hasSize(50);
        assertThat(second.get("entries")).hasSize(5);
        assertThat(first.get("entries").findValuesAsText("category")).containsOnly("OFFENDING");
        assertThat(second.get("entries").findValuesAsText("category")).containsOnly("OFFENDING");
        assertThat(second.at("/entries/4/occurredOn").asText()).isEqualTo(days(-55));
        assertThat(second.get("agencies").findValuesAsText("id"))
                .as("the filter's options come from every entry the viewer may see, not the page")
                .containsExactly("southampton-probation");
    }

    @Test
    void countsWithoutEntriesWhenAskedForNoneAndRefusesPagesThatCannotExist() {
        String tony = person(probationKeyworker(), "Tony", "Marsh");
        notes(probationKeyworker(), tony, 3, "Note");

        JsonNode counts =
                get(probationKeyworker(), "/api/people/{id}?pageSize=0", tony).getBody();
        assertThat(counts.get("entries")).isEmpty();
        assertThat(counts.at("/chronology/total").asInt()).isEqualTo(4);

        JsonNode small = get(probationKeyworker(), "/api/people/{id}?pageSize=2&page=2", tony)
                .getBody();
        assertThat(small.get("entries")).hasSize(2);
        assertThat(small.at("/chronology/pages").asInt()).isEqualTo(2);

        for (String query : List.of("page=0", "pageSize=51", "pageSize=-1", "page=-3")) {
            var refused = get(probationKeyworker(), "/api/people/{id}?" + query, tony);
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("code").asText()).isEqualTo("page-out-of-range");
        }
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Marsh family"));
        assertThat(get(earlyHelpKeyworker(), "/api/families/{id}?page=0", family)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void pagesAFamilysChronologyAndCountsWhatIsWithheldBeforePaging() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        String stephen = person(earlyHelpKeyworker(), "Stephen", "Walker");
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", stephen, "relationship", "PARENT", "joinedOn", days(-90)),
                family);
        notes(earlyHelpKeyworker(), stephen, 55, "Visit");
        ok(
                housingOfficer(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", days(-3), "fact", Map.of("type", "RentArrearsRecorded", "amountPounds", 300)),
                stephen);

        JsonNode first = get(earlyHelpKeyworker(), "/api/families/{id}", family).getBody();
        int total = first.at("/chronology/total").asInt();
        assertThat(total).isGreaterThan(55);
        JsonNode second =
                get(earlyHelpKeyworker(), "/api/families/{id}?page=2", family).getBody();
        assertThat(first.get("entries")).hasSize(50);
        assertThat(second.get("entries")).hasSize(total - 50);
        Set<String> seen = new HashSet<>(first.get("entries").findValuesAsText("entryId"));
        second.get("entries")
                .forEach(entry -> assertThat(seen.add(entry.get("entryId").asText()))
                        .as("no entry on both pages")
                        .isTrue());
        assertThat(LocalDate.parse(first.at("/entries/49/occurredOn").asText()))
                .isAfterOrEqualTo(
                        LocalDate.parse(second.at("/entries/0/occurredOn").asText()));
        assertThat(first.get("withheld").asInt())
                .isEqualTo(second.get("withheld").asInt());
        assertThat(first.get("members"))
                .as("every part of the family comes with every page")
                .hasSize(1);

        JsonNode outsiderFirst =
                get(housingOfficer(), "/api/families/{id}", family).getBody();
        JsonNode outsiderSecond =
                get(housingOfficer(), "/api/families/{id}?page=2", family).getBody();
        assertThat(outsiderFirst.get("withheld").asInt())
                .as("the casework and the visits, whichever page is asked for")
                .isGreaterThanOrEqualTo(55)
                .isEqualTo(outsiderSecond.get("withheld").asInt());
        assertThat(outsiderFirst.at("/chronology/total").asInt())
                .isEqualTo(outsiderFirst.get("entries").size());
        assertThat(outsiderSecond.get("entries")).isEmpty();
        assertThat(outsiderFirst.toString() + outsiderSecond).doesNotContain("Visit 1");
    }

    @Test
    void carriesEveryLeadProfessionalChangeWhateverThePage() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Okafor family"));
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", earlyHelpKeyworker().userId())),
                family,
                referral);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/lead-professional",
                Map.of("userId", earlyHelpKeyworker().userId()),
                family);

        JsonNode counts = get(earlyHelpKeyworker(), "/api/families/{id}?pageSize=0&category=HOUSING", family)
                .getBody();
        assertThat(counts.get("entries")).isEmpty();
        assertThat(counts.get("leadChanges").findValuesAsText("kind")).contains("LeadProfessionalAppointed");
    }

    private String person(Actor by, String given, String familyName) {
        return ok(
                by, "/api/people", Map.of("givenNames", given, "familyName", familyName, "dateOfBirth", "1988-03-14"));
    }

    /** {@code count} case notes, "prefix 1" yesterday to "prefix count" {@code count} days ago. */
    private void notes(Actor by, String personId, int count, String prefix) {
        for (int day = 1; day <= count; day++) {
            ok(
                    by,
                    "/api/people/{id}/facts",
                    Map.of(
                            "occurredOn",
                            days(-day),
                            "fact",
                            Map.of("type", "CaseNoteWritten", "text", prefix + " " + day)),
                    personId);
        }
    }

    private static String days(int offset) {
        return LocalDate.now().plusDays(offset).toString();
    }
}
