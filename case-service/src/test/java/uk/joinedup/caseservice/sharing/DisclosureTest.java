package uk.joinedup.caseservice.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;
import uk.joinedup.caseservice.sharing.Disclosure.Withheld;

/** The policy applied to everything a view found, for one viewer: what is shown, and what is only counted. */
class DisclosureTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final AgencyId HOUSING = housingOfficer().agency();
    private static final AgencyId PROBATION = probationKeyworker().agency();
    private static final AgencyId EARLY_HELP = earlyHelpKeyworker().agency();
    private static final Subject TEAM_MEMBER = new Subject(
            WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER),
            LocalDate.of(1980, 1, 1),
            List.of(new ConsentTerms(
                    "consent-7",
                    ConsentGiver.THE_PERSON,
                    Set.of(HOUSING),
                    Set.of(InformationCategory.CASE_NOTE),
                    Purpose.FAMILY_SUPPORT,
                    TODAY.minusMonths(1),
                    TODAY.plusMonths(11),
                    null)),
            List.of());

    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Viewer housingOfficer = Viewer.of(housingOfficer(), NOW);

    @Test
    void showsWhatTheViewerMaySeeAndCountsTheRestByAgencyCategoryAndReason() {
        SharedEntry exists = SharedEntry.existence();
        SharedEntry arrears = record(HOUSING, InformationCategory.HOUSING);
        SharedEntry note = record(EARLY_HELP, InformationCategory.CASE_NOTE);
        SharedEntry conviction = record(PROBATION, InformationCategory.OFFENDING);
        SharedEntry caution = record(PROBATION, InformationCategory.OFFENDING);
        SharedEntry treatment = record(PROBATION, InformationCategory.SUBSTANCE_MISUSE);

        Disclosed<SharedEntry> disclosed = disclosure.disclose(
                housingOfficer,
                List.of(exists, arrears, note, conviction, caution, treatment),
                entry -> TEAM_MEMBER,
                Function.identity());

        assertThat(disclosed.visible()).containsExactly(exists, arrears, note);
        assertThat(disclosed.withheld())
                .containsExactly(
                        new Withheld(PROBATION, InformationCategory.OFFENDING, WithheldReason.NO_CONSENT, 2),
                        new Withheld(
                                PROBATION,
                                InformationCategory.SUBSTANCE_MISUSE,
                                WithheldReason.NO_EXPLICIT_CONSENT,
                                1));
        assertThat(disclosed.withheldCount()).isEqualTo(3);
        assertThat(disclosed.shownOn())
                .isEqualTo(Map.of(
                        InformationCategory.IDENTITY, Set.of(Basis.MATCHING),
                        InformationCategory.HOUSING, Set.of(Basis.OWN_AGENCY),
                        InformationCategory.CASE_NOTE, Set.of(Basis.CONSENT)));
        assertThat(disclosed.references()).containsExactly("consent-7");
    }

    @Test
    void decidesEachEntryForTheSubjectItIsAbout() {
        Subject stranger = Subject.related(WorkingRelationship.NONE);
        SharedEntry aboutTheTeamsPerson = record(EARLY_HELP, InformationCategory.CASE_NOTE);
        SharedEntry aboutAStranger = record(EARLY_HELP, InformationCategory.CASE_NOTE);

        Disclosed<SharedEntry> disclosed = disclosure.disclose(
                housingOfficer,
                List.of(aboutTheTeamsPerson, aboutAStranger),
                entry -> entry == aboutTheTeamsPerson ? TEAM_MEMBER : stranger,
                Function.identity());

        assertThat(disclosed.visible()).containsExactly(aboutTheTeamsPerson);
        assertThat(disclosed.withheld())
                .containsExactly(
                        new Withheld(EARLY_HELP, InformationCategory.CASE_NOTE, WithheldReason.NO_RELATIONSHIP, 1));
    }

    @Test
    void mayShowWhatThePolicyShows() {
        assertThat(disclosure.mayShow(housingOfficer, TEAM_MEMBER, record(EARLY_HELP, InformationCategory.CASE_NOTE)))
                .isTrue();
        assertThat(disclosure.mayShow(housingOfficer, TEAM_MEMBER, record(PROBATION, InformationCategory.OFFENDING)))
                .isFalse();
    }

    @Test
    void theViewerIsTheSignedInUserOnTheUkDateOfTheView() {
        Viewer lateEvening = Viewer.of(housingOfficer(), Instant.parse("2026-06-30T23:30:00Z"));

        assertThat(lateEvening.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(lateEvening.userId()).isEqualTo("lee.morgan");
        assertThat(lateEvening.agencyKind()).isEqualTo(AgencyKind.HOUSING);
        assertThat(lateEvening.practitioner()).isTrue();
        assertThat(lateEvening.manager()).isFalse();
    }

    private static SharedEntry record(AgencyId owner, InformationCategory category) {
        return SharedEntry.agencyRecord(owner, null, category, TODAY.minusDays(3));
    }
}
