package uk.joinedup.caseservice.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.caseWithPlan;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies.CaseWithPlan;
import uk.joinedup.caseservice.agency.Actor;

/**
 * The disengagement rule over HTTP: two unanswered contacts within 14 days flag the family's case, and put a task
 * on its lead professional's caseload, until the team records a follow-up; the flag is casework.
 */
class FollowUpApiIT extends ApiIntegrationTest {

    @Test
    void twoUnansweredContactsFlagTheCaseUntilSomeoneFollowsItUp() {
        CaseWithPlan family = caseWithPlan(this, "Unanswered");
        unanswered(family, -10);
        assertThat(family(family).has("disengagement")).as("one is not enough").isFalse();
        unanswered(family, -3);

        JsonNode flag = family(family).get("disengagement");
        assertThat(flag.get("rule").asText()).isEqualTo("Two unanswered contacts within 14 days");
        assertThat(flag.get("from").asText()).isEqualTo(days(-10));
        assertThat(flag.get("to").asText()).isEqualTo(days(-3));
        assertThat(followUpsDue(earlyHelpKeyworker(), family))
                .as("a task on the lead professional's caseload")
                .singleElement()
                .satisfies(task -> {
                    assertThat(task.get("familyName").asText()).isEqualTo("Unanswered family");
                    assertThat(task.get("youAreLead").asBoolean()).isTrue();
                    assertThat(task.get("rule").asText()).isEqualTo("Two unanswered contacts within 14 days");
                    assertThat(task.get("facts").asInt()).isEqualTo(2);
                    assertThat(task.get("to").asText()).isEqualTo(days(-3));
                });
        assertThat(followUpsDue(jobcentreAdviser(), family))
                .as("on the team, but the case has a lead professional")
                .isEmpty();
        assertThat(get(policeOfficer(), "/api/families/{id}", family.familyId())
                        .getBody()
                        .has("disengagement"))
                .as("casework")
                .isFalse();

        ResponseEntity<JsonNode> noNote =
                post(earlyHelpKeyworker(), "/api/families/{id}/follow-ups", Map.of("note", ""), family.familyId());
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/follow-ups",
                Map.of("note", "Called round with the school nurse; Stephen will come to Thursday's meeting"),
                family.familyId());

        JsonNode followedUp = family(family);
        assertThat(followedUp.has("disengagement")).isFalse();
        assertThat(followedUp.get("entries").findValuesAsText("kind")).contains("DisengagementFollowedUp");
        assertThat(followUpsDue(earlyHelpKeyworker(), family)).as("done").isEmpty();
    }

    /** The follow-ups due on the user's caseload for this family (the caseload holds other tests' families). */
    private List<JsonNode> followUpsDue(Actor user, CaseWithPlan family) {
        List<JsonNode> due = new ArrayList<>();
        get(user, "/api/caseload").getBody().get("followUpsDue").forEach(task -> {
            if (task.get("familyId").asText().equals(family.familyId())) {
                due.add(task);
            }
        });
        return due;
    }

    @Test
    void contactsTheLeadMayNotSeeRaiseNoFlagAndNoTaskForThem() {
        CaseWithPlan family = caseWithPlan(this, "Unseen");
        unanswered(policeOfficer(), family, -10);
        unanswered(policeOfficer(), family, -3);

        JsonNode seen = family(family);
        assertThat(seen.get("withheld").asInt())
                .as("recorded, and withheld from early help")
                .isGreaterThanOrEqualTo(2);
        assertThat(seen.has("disengagement"))
                .as("the police's contacts are not shared with early help")
                .isFalse();
        assertThat(followUpsDue(earlyHelpKeyworker(), family)).isEmpty();
    }

    private void unanswered(CaseWithPlan family, int daysAgo) {
        unanswered(earlyHelpKeyworker(), family, daysAgo);
    }

    private void unanswered(Actor by, CaseWithPlan family, int daysAgo) {
        ok(
                by,
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(daysAgo),
                        "fact",
                        Map.of("type", "ContactUnanswered", "method", "HOME_VISIT")),
                family.personId());
    }

    private JsonNode family(CaseWithPlan family) {
        return get(earlyHelpKeyworker(), "/api/families/{id}", family.familyId())
                .getBody();
    }
}
