package uk.joinedup.caseservice.demo;

import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.family.api.TeamMember;

/**
 * The demo practitioners, as identity-service's {@code demo/directory.json} defines them (copied: each
 * service owns its data). Demo events are recorded in their names.
 */
final class DemoPractitioners {

    static final Actor SAM = keyworker(
            "sam.patel",
            "Sam Patel",
            "southampton-early-help",
            "Southampton City Council Early Help",
            AgencyKind.EARLY_HELP);
    static final Actor MO = new Actor(
            "mo.ahmed",
            "Mo Ahmed",
            new AgencyId("southampton-early-help"),
            "Southampton City Council Early Help",
            AgencyKind.EARLY_HELP,
            Set.of(Role.KEYWORKER, Role.TEAM_MANAGER));
    static final Actor JO = keyworker(
            "jo.carter",
            "Jo Carter",
            "southampton-probation",
            "Hampshire and Isle of Wight Probation",
            AgencyKind.PROBATION);
    static final Actor DEE = keyworker(
            "dee.walsh", "Dee Walsh", "southampton-jobcentre", "Jobcentre Plus Southampton", AgencyKind.JOBCENTRE_PLUS);
    static final Actor LEE = keyworker(
            "lee.morgan", "Lee Morgan", "southampton-housing", "Southampton City Council Housing", AgencyKind.HOUSING);
    static final Actor ANA = keyworker(
            "ana.silva",
            "Ana Silva",
            "southampton-education",
            "Southampton Education Welfare Service",
            AgencyKind.EDUCATION);
    static final Actor KIM = keyworker("kim.osei", "Kim Osei", "solent-health", "Solent NHS Trust", AgencyKind.HEALTH);
    static final Actor RAY = keyworker(
            "ray.hughes",
            "Ray Hughes",
            "hampshire-police",
            "Hampshire and Isle of Wight Constabulary",
            AgencyKind.POLICE);

    static final Actor CHRIS = new Actor(
            "chris.ward",
            "Chris Ward",
            new AgencyId("southampton-early-help"),
            "Southampton City Council Early Help",
            AgencyKind.EARLY_HELP,
            Set.of(Role.IG_OFFICER));

    private DemoPractitioners() {}

    static TeamMember member(Actor actor, String role, String contact) {
        return new TeamMember(actor.userId(), actor.name(), actor.agency(), actor.agencyName(), role, contact);
    }

    private static Actor keyworker(String userId, String name, String agency, String agencyName, AgencyKind kind) {
        return new Actor(userId, name, new AgencyId(agency), agencyName, kind, Set.of(Role.KEYWORKER));
    }
}
