package uk.joinedup.caseservice.agency;

import java.util.List;
import java.util.Set;

/** Actors for tests, named by who they are; each in a team of their agency, as identity-service has them. */
public final class Actors {

    private Actors() {}

    public static Actor probationKeyworker() {
        return actor(
                "jo.carter",
                "Jo Carter",
                "southampton-probation",
                "Hampshire and Isle of Wight Probation",
                AgencyKind.PROBATION,
                Role.KEYWORKER,
                "probation-southampton-central");
    }

    public static Actor housingOfficer() {
        return actor(
                "lee.morgan",
                "Lee Morgan",
                "southampton-housing",
                "Southampton City Council Housing",
                AgencyKind.HOUSING,
                Role.KEYWORKER,
                "housing-options");
    }

    public static Actor earlyHelpKeyworker() {
        return actor(
                "sam.patel",
                "Sam Patel",
                "southampton-early-help",
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Role.KEYWORKER,
                "early-help-central");
    }

    public static Actor earlyHelpManager() {
        return new Actor(
                "mo.ahmed",
                "Mo Ahmed",
                new AgencyId("southampton-early-help"),
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Set.of(Role.KEYWORKER, Role.TEAM_MANAGER),
                "early-help-central");
    }

    public static Actor jobcentreAdviser() {
        return actor(
                "dee.walsh",
                "Dee Walsh",
                "southampton-jobcentre",
                "Jobcentre Plus Southampton",
                AgencyKind.JOBCENTRE_PLUS,
                Role.KEYWORKER,
                "jobcentre-work-coaches");
    }

    public static Actor igOfficer() {
        return actor(
                "chris.ward",
                "Chris Ward",
                "southampton-early-help",
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Role.IG_OFFICER,
                "information-governance");
    }

    /** The neighbourhood police officer: on no family's team unless someone puts him there. */
    public static Actor policeOfficer() {
        return actor(
                "ray.hughes",
                "Ray Hughes",
                "hampshire-police",
                "Hampshire and Isle of Wight Constabulary",
                AgencyKind.POLICE,
                Role.KEYWORKER,
                "police-neighbourhood-central");
    }

    /** A team manager of an agency involved in no test family unless a test involves it. */
    public static Actor policeManager() {
        return new Actor(
                "pat.kaur",
                "Pat Kaur",
                new AgencyId("hampshire-police"),
                "Hampshire and Isle of Wight Constabulary",
                AgencyKind.POLICE,
                Set.of(Role.KEYWORKER, Role.TEAM_MANAGER),
                "police-neighbourhood-central");
    }

    /** An agency administrator: manages Early Help's users in identity-service, works with no family. */
    public static Actor agencyAdmin() {
        return actor(
                "alex.reid",
                "Alex Reid",
                "southampton-early-help",
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Role.AGENCY_ADMIN,
                "early-help-business-support");
    }

    /** The system administrator: manages agencies and every user, works with no family. */
    public static Actor systemAdmin() {
        return actor(
                "robin.shaw",
                "Robin Shaw",
                "southampton-early-help",
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                Role.SYSTEM_ADMIN,
                "digital-services");
    }

    /** A school's attendance officer; not in {@link #all()}: no test family involves a school. */
    public static Actor schoolAttendanceOfficer() {
        return actor(
                "mel.ross",
                "Mel Ross",
                "bitterne-park-school",
                "Bitterne Park School",
                AgencyKind.EDUCATION,
                Role.KEYWORKER,
                "bitterne-park-attendance");
    }

    /** The school's data officer: uploads its extracts; not in {@link #all()}. */
    public static Actor schoolDataOfficer() {
        return actor(
                "dev.okon",
                "Dev Okon",
                "bitterne-park-school",
                "Bitterne Park School",
                AgencyKind.EDUCATION,
                Role.DATA_OFFICER,
                "bitterne-park-data");
    }

    /** The police's data officer; not in {@link #all()}. */
    public static Actor policeDataOfficer() {
        return actor(
                "ria.chand",
                "Ria Chand",
                "hampshire-police",
                "Hampshire Constabulary",
                AgencyKind.POLICE,
                Role.DATA_OFFICER,
                "police-data");
    }

    /** A drug and alcohol treatment worker; not in {@link #all()}. */
    public static Actor treatmentWorker() {
        return actor(
                "kit.evans",
                "Kit Evans",
                "southampton-treatment",
                "Southampton Drug and Alcohol Service",
                AgencyKind.HEALTH,
                Role.KEYWORKER,
                "treatment-adults");
    }

    /** Everyone above but the administrators: the stand-in staff directory's practitioners. */
    public static List<Actor> all() {
        return List.of(
                probationKeyworker(),
                housingOfficer(),
                earlyHelpKeyworker(),
                earlyHelpManager(),
                jobcentreAdviser(),
                igOfficer(),
                policeOfficer(),
                policeManager());
    }

    private static Actor actor(
            String id, String name, String agency, String agencyName, AgencyKind kind, Role role, String team) {
        return new Actor(id, name, new AgencyId(agency), agencyName, kind, Set.of(role), team);
    }
}
