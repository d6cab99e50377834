package uk.joinedup.caseservice.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;

/** The policy applied to what a query found, for the acting user. */
class DisclosureTest {

    private static final AgencyId HOUSING = housingOfficer().agency();
    private static final AgencyId PROBATION = probationKeyworker().agency();
    private static final AgencyId EARLY_HELP = earlyHelpKeyworker().agency();

    private final Disclosure disclosure = new Disclosure();

    @Test
    void showsWhatTheViewerMaySeeAndCountsWhatIsWithheld() {
        SharedEntry exists = SharedEntry.existence();
        SharedEntry arrears = SharedEntry.agencyRecord(HOUSING, InformationCategory.HOUSING);
        SharedEntry conviction = SharedEntry.agencyRecord(PROBATION, InformationCategory.OFFENDING);
        SharedEntry referral = SharedEntry.casework(EARLY_HELP);

        Disclosed<SharedEntry> disclosed = disclosure.disclose(
                Viewer.of(housingOfficer(), Set.of()),
                List.of(exists, arrears, conviction, referral),
                Function.identity());

        assertThat(disclosed.visible()).containsExactly(exists, arrears);
        assertThat(disclosed.withheld()).isEqualTo(2);
    }

    @Test
    void aTeamManagerIsShownCaseworkButNotAnotherAgencysRecordOfAPerson() {
        Viewer manager = Viewer.of(earlyHelpManager(), Set.of());

        assertThat(disclosure.mayShow(manager, SharedEntry.casework(HOUSING))).isTrue();
        assertThat(disclosure.mayShow(manager, SharedEntry.agencyRecord(HOUSING, InformationCategory.HOUSING)))
                .isFalse();
    }

    @Test
    void aKeyworkerIsNotShownCaseworkOfAFamilyTheirAgencyIsNotWorkingWith() {
        Viewer keyworker = Viewer.of(earlyHelpKeyworker(), Set.of(HOUSING));

        assertThat(disclosure.mayShow(keyworker, SharedEntry.casework(HOUSING))).isFalse();
    }

    @Test
    void theTeamAroundTheFamilyIsShownWhatAnyAgencyRecorded() {
        Viewer adviser = Viewer.of(jobcentreAdviser(), Set.of(jobcentreAdviser().agency(), EARLY_HELP));

        assertThat(disclosure.mayShow(adviser, SharedEntry.agencyRecord(PROBATION, InformationCategory.OFFENDING)))
                .isTrue();
    }
}
