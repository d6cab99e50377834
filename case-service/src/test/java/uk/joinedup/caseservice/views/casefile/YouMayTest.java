package uk.joinedup.caseservice.views.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.member;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.family.record.FamilyRecord.JoinRequest;
import uk.joinedup.caseservice.family.record.FamilyRecord.Lead;
import uk.joinedup.caseservice.sharing.Viewer;

/** What the family page offers each viewer to change about who is involved: the aggregate's rules, as an offer. */
class YouMayTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theLeadProfessionalAndACaseManagerChangeTheHouseholdAndTheTeam() {
        FamilyRecord family = family(CaseStatus.OPEN, true);

        assertThat(youMay(family, earlyHelpKeyworker())).isEqualTo(new YouMay(true, true, false, false, false));
        assertThat(youMay(family, earlyHelpManager())).isEqualTo(new YouMay(true, true, false, false, false));
    }

    @Test
    void aTeamMemberMayLeaveButChangeNobodyElse() {
        assertThat(youMay(family(CaseStatus.OPEN, true), jobcentreAdviser()))
                .isEqualTo(new YouMay(false, false, false, false, true));
    }

    @Test
    void anOutsiderMayOnlyAskToJoinAndThenWaits() {
        FamilyRecord family = family(CaseStatus.OPEN, true);
        assertThat(youMay(family, policeManager())).isEqualTo(new YouMay(false, false, true, false, false));

        FamilyRecord asked = withRequest(family, member(policeOfficer()));
        assertThat(youMay(asked, policeOfficer())).isEqualTo(new YouMay(false, false, false, true, false));
    }

    @Test
    void theRegisteringAgencyPutsTheHouseholdTogetherOnlyBeforeTheCaseOpens() {
        assertThat(youMay(family(CaseStatus.NOT_OPEN, false), earlyHelpKeyworker())
                        .changeHousehold())
                .isTrue();
        assertThat(youMay(family(CaseStatus.CLOSED, false), earlyHelpKeyworker())
                        .changeHousehold())
                .isFalse();
    }

    @Test
    void nobodyChangesTheTeamOfACaseThatIsNotOpenAndNonPractitionersChangeNothing() {
        assertThat(youMay(family(CaseStatus.CLOSED, true), earlyHelpKeyworker()))
                .isEqualTo(new YouMay(true, false, false, false, false));
        assertThat(youMay(family(CaseStatus.OPEN, true), igOfficer()))
                .isEqualTo(new YouMay(false, false, false, false, false));
    }

    private static YouMay youMay(FamilyRecord family, Actor actor) {
        return YouMay.of(family, Viewer.of(actor, NOW));
    }

    /** Registered by early help; Sam (early help) and Dee (Jobcentre) on the team; Sam leads if {@code led}. */
    private static FamilyRecord family(CaseStatus status, boolean led) {
        TeamMember sam = member(earlyHelpKeyworker());
        TeamMember dee = member(jobcentreAdviser());
        return new FamilyRecord(
                "family-walker",
                "Walker family",
                new AgencyId("southampton-early-help"),
                null,
                null,
                status,
                status == CaseStatus.NOT_OPEN ? null : TODAY.minusDays(20),
                null,
                status == CaseStatus.NOT_OPEN ? Map.of() : Map.of(sam.userId(), sam, dee.userId(), dee),
                led ? new Lead(sam, TODAY.minusDays(19)) : null,
                null,
                null,
                null,
                null,
                null,
                7,
                null,
                null,
                null);
    }

    private static FamilyRecord withRequest(FamilyRecord family, TeamMember requester) {
        return new FamilyRecord(
                family.familyId(),
                family.name(),
                family.registeredBy(),
                family.members(),
                family.referrals(),
                family.status(),
                family.openedOn(),
                family.closure(),
                family.team(),
                family.lead(),
                family.assessments(),
                family.plan(),
                family.reviews(),
                family.nextReviewOn(),
                family.entries(),
                family.version() + 1,
                Map.of(requester.userId(), new JoinRequest(requester, "I attended the incident", TODAY)),
                family.conferences(),
                family.transfers());
    }
}
