package uk.joinedup.caseservice;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Sets up, through the API, a person in a household whose case is open with a team around it: what the
 * sharing tests need for a working relationship.
 */
public final class TeamsAroundFamilies {

    private TeamsAroundFamilies() {}

    /**
     * Registers Stephen (by the early help keyworker), puts him in a household that joined 90 days ago,
     * opens its case with the early help keyworker allocated and has the team manager add the team members
     * (each must be in the stand-in staff directory, {@code Actors.all()}).
     *
     * @return Stephen's person id
     */
    public static String stephenWithTeam(ApiIntegrationTest api, Actor... teamMembers) {
        String stephen = api.ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Stephen", "familyName", "Walker", "dateOfBirth", "1984-02-09"));
        String family = api.ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        api.ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", stephen, "relationship", "PARENT", "joinedOn", days(-90)),
                family);
        openCase(api, family);
        for (Actor member : teamMembers) {
            // a team manager of the case adds them: the allocated keyworker does not lead it
            api.ok(earlyHelpManager(), "/api/families/{id}/team", member(member), family);
        }
        return stephen;
    }

    /**
     * Registers a family (by the early help keyworker), refers it and has the team manager accept the referral with
     * the early help keyworker allocated: its case is open.
     *
     * @return the family's id
     */
    public static String openedFamily(ApiIntegrationTest api, String name) {
        String family = api.ok(earlyHelpKeyworker(), "/api/families", Map.of("name", name));
        openCase(api, family);
        return family;
    }

    /** Refers the family and has the team manager accept it with the early help keyworker allocated. */
    private static void openCase(ApiIntegrationTest api, String family) {
        String referral = api.ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                family);
        api.ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", member(earlyHelpKeyworker())),
                family,
                referral);
    }

    /** The UK date {@code offset} days from today, as the API takes it. */
    public static String days(int offset) {
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(offset).toString();
    }

    /** A practitioner named by username: case-service takes their name and agency from the staff directory. */
    private static Map<String, String> member(Actor actor) {
        return Map.of("username", actor.userId());
    }

    /**
     * A family whose case is open, led by the early help keyworker (Sam Patel) with the Jobcentre adviser on its
     * team, assessed 40 days ago and with a plan of one goal.
     */
    public static CaseWithPlan caseWithPlan(ApiIntegrationTest api, String surname) {
        String name = surname + " family";
        String person = api.ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Stephen", "familyName", surname, "dateOfBirth", "1984-02-09"));
        String familyId = api.ok(earlyHelpKeyworker(), "/api/families", Map.of("name", name));
        api.ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", person, "relationship", "PARENT", "joinedOn", days(-90)),
                familyId);
        String referral = api.ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER"), "receivedOn", days(-60)),
                familyId);
        api.ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", "sam.patel"), "acceptedOn", days(-60)),
                familyId,
                referral);
        api.ok(earlyHelpManager(), "/api/families/{id}/team", Map.of("username", "dee.walsh"), familyId);
        api.ok(
                earlyHelpManager(),
                "/api/families/{id}/lead-professional",
                Map.of("userId", "sam.patel", "appointedOn", days(-59)),
                familyId);
        api.ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/assessments",
                Map.of("needs", needs(), "completedOn", days(-40)),
                familyId);
        api.ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/plan",
                Map.of(
                        "goals",
                        List.of(Map.of(
                                "need",
                                "EDUCATION",
                                "description",
                                "Liam in school every day",
                                "actions",
                                List.of(Map.of(
                                        "description",
                                        "Morning routine",
                                        "ownerAgency",
                                        "southampton-early-help",
                                        "dueOn",
                                        days(10))))),
                        "nextReviewOn",
                        days(42),
                        "agreedOn",
                        days(-35)),
                familyId);
        String goalId = api.get(earlyHelpKeyworker(), "/api/families/{id}", familyId)
                .getBody()
                .at("/plan/goals/0/goalId")
                .asText();
        return new CaseWithPlan(familyId, name, goalId, person);
    }

    private static List<Map<String, Object>> needs() {
        List<Map<String, Object>> needs = new ArrayList<>();
        for (String domain : List.of("FAMILY", "EDUCATION", "OFFENDING", "WORK", "HEALTH", "HOUSING", "MONEY")) {
            needs.add(Map.of("domain", domain, "score", domain.equals("EDUCATION") ? 3 : 0, "evidence", "Said"));
        }
        return needs;
    }

    /** A family with an open case, its lead professional and a plan of one goal. */
    public record CaseWithPlan(String familyId, String name, String goalId, String personId) {}
}
