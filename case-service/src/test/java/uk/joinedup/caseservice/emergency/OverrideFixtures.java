package uk.joinedup.caseservice.emergency;

import java.time.Instant;
import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.emergency.api.BreakGlass;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.person.api.PersonId;

/** Emergency overrides in the domain's words, for tests: the housing officer breaks glass on Stephen. */
public final class OverrideFixtures {

    public static final OverrideId OVERRIDE = new OverrideId("override-1");
    public static final PersonId STEPHEN = new PersonId("person-stephen");
    public static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    public static final Instant IN_A_DAY = NOW.plusSeconds(24 * 3600);
    public static final AgencyId PROBATION = new AgencyId("southampton-probation");
    public static final AgencyId EARLY_HELP = new AgencyId("southampton-early-help");
    public static final String EXPLANATION = "Threat to harm a neighbour reported at 9am";

    private OverrideFixtures() {}

    public static BreakGlass breakGlass(Actor actor, Set<AgencyId> opened) {
        return new BreakGlass(
                OVERRIDE, STEPHEN, OverrideReason.RISK_TO_LIFE, EXPLANATION, opened, NOW, IN_A_DAY, actor);
    }

    /** The housing officer opened what Probation and Early Help hold about Stephen. */
    public static EmergencyAccessGranted granted() {
        Actor housing = Actors.housingOfficer();
        return new EmergencyAccessGranted(
                OVERRIDE,
                STEPHEN,
                housing.userId(),
                housing.agency(),
                OverrideReason.RISK_TO_LIFE,
                EXPLANATION,
                NOW,
                IN_A_DAY,
                Set.of(PROBATION, EARLY_HELP));
    }
}
