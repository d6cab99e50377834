package uk.joinedup.caseservice.agency;

import java.util.Set;

/** Actors for tests, named by who they are. */
public final class Actors {

    private Actors() {}

    public static Actor probationKeyworker() {
        return actor(
                "jo.carter",
                "Jo Carter",
                "southampton-probation",
                "Hampshire and Isle of Wight Probation",
                AgencyKind.PROBATION,
                Role.KEYWORKER);
    }

    public static Actor housingOfficer() {
        return actor(
                "lee.morgan",
                "Lee Morgan",
                "southampton-housing",
                "Southampton City Council Housing",
                AgencyKind.HOUSING,
                Role.KEYWORKER);
    }

    public static Actor earlyHelpKeyworker() {
        return actor(
                "sam.patel",
                "Sam Patel",
                "southampton-early-help",
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Role.KEYWORKER);
    }

    public static Actor earlyHelpManager() {
        return new Actor(
                "mo.ahmed",
                "Mo Ahmed",
                new AgencyId("southampton-early-help"),
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Set.of(Role.KEYWORKER, Role.TEAM_MANAGER));
    }

    public static Actor jobcentreAdviser() {
        return actor(
                "dee.walsh",
                "Dee Walsh",
                "southampton-jobcentre",
                "Jobcentre Plus Southampton",
                AgencyKind.JOBCENTRE_PLUS,
                Role.KEYWORKER);
    }

    public static Actor igOfficer() {
        return actor(
                "chris.ward",
                "Chris Ward",
                "southampton-early-help",
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Role.IG_OFFICER);
    }

    private static Actor actor(String id, String name, String agency, String agencyName, AgencyKind kind, Role role) {
        return new Actor(id, name, new AgencyId(agency), agencyName, kind, Set.of(role));
    }
}
