package uk.joinedup.caseservice.agency;

import java.util.Set;

/** Actors for tests, named by who they are. */
public final class Actors {

    private Actors() {}

    public static Actor probationKeyworker() {
        return new Actor(
                "pat.probation",
                "Pat Probation",
                new AgencyId("southampton-probation"),
                "Hampshire and Isle of Wight Probation",
                AgencyKind.PROBATION,
                Set.of(Role.KEYWORKER));
    }

    public static Actor housingOfficer() {
        return new Actor(
                "hana.housing",
                "Hana Housing",
                new AgencyId("southampton-housing"),
                "Southampton City Council Housing",
                AgencyKind.HOUSING,
                Set.of(Role.KEYWORKER));
    }
}
