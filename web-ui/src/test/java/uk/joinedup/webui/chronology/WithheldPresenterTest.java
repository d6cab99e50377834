package uk.joinedup.webui.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.WithheldEntries;
import uk.joinedup.webui.caseservice.WithheldReason;
import uk.joinedup.webui.govuk.BundleLabels;

class WithheldPresenterTest {

    private static final String PROBATION = "Hampshire and Isle of Wight Probation";
    private static final String HEALTH = "Solent NHS Trust";
    private static final String EARLY_HELP = "Southampton City Council Early Help";

    private final WithheldPresenter presenter = new WithheldPresenter(BundleLabels.labels());

    @Test
    void saysInOneLineWhatIsNotShownAndWhyWhenThereIsOneReason() {
        WithheldNotice notice = presenter.notice(
                List.of(withheld(PROBATION, InformationCategory.OFFENDING, WithheldReason.NO_CONSENT, 3)), 3, false);

        assertThat(notice.lines())
                .containsExactly(
                        "3 entries from Hampshire and Isle of Wight Probation are not shown: no consent for offending information");
        assertThat(notice.total()).as("no total for one line").isNull();
        assertThat(notice.count()).isEqualTo(3);
        assertThat(notice.openable()).isTrue();
    }

    @Test
    void saysWhySpecialCategoryInformationNeedsExplicitConsentAndCountsOneEntryInTheSingular() {
        WithheldNotice notice = presenter.notice(
                List.of(
                        withheld(HEALTH, InformationCategory.HEALTH, WithheldReason.NO_EXPLICIT_CONSENT, 1),
                        withheld(EARLY_HELP, InformationCategory.CASE_NOTE, WithheldReason.NO_CONSENT, 2)),
                3,
                false);

        assertThat(notice.total()).isEqualTo("3 entries are not shown to you:");
        assertThat(notice.lines())
                .containsExactly(
                        "1 entry from Solent NHS Trust is not shown: health information needs the person's explicit consent",
                        "2 entries from Southampton City Council Early Help are not shown: no consent for case notes");
    }

    @Test
    void countsEntriesWithheldForTheRelationshipAsOneLinePerAgencyWhateverTheirCategory() {
        WithheldNotice notice = presenter.notice(
                List.of(
                        withheld(PROBATION, InformationCategory.OFFENDING, WithheldReason.NO_RELATIONSHIP, 2),
                        withheld(PROBATION, InformationCategory.CASE_NOTE, WithheldReason.NO_RELATIONSHIP, 1),
                        withheld(PROBATION, InformationCategory.HOUSING, WithheldReason.BEFORE_THEY_JOINED, 4)),
                7,
                true);

        assertThat(notice.lines())
                .containsExactly(
                        "3 entries from Hampshire and Isle of Wight Probation are not shown: you do not work with this family",
                        "4 entries from Hampshire and Isle of Wight Probation are not shown: from before they joined this household");
        assertThat(notice.total()).isEqualTo("7 entries are not shown to you:");
    }

    @Test
    void wordsTheRelationshipForAPersonsPage() {
        WithheldNotice notice = presenter.notice(
                List.of(
                        withheld(PROBATION, InformationCategory.OFFENDING, WithheldReason.NO_RELATIONSHIP, 1),
                        withheld(PROBATION, InformationCategory.HOUSING, WithheldReason.BEFORE_THEY_JOINED, 1)),
                2,
                false);

        assertThat(notice.lines())
                .containsExactly(
                        "1 entry from Hampshire and Isle of Wight Probation is not shown: you do not work with their family",
                        "1 entry from Hampshire and Isle of Wight Probation is not shown: from before they joined the household you work with");
    }

    @Test
    void saysOnceForAllAgenciesThatTheUsersRoleShowsNoCaseContentAndOffersNoEmergencyAccessForIt() {
        WithheldNotice notice = presenter.notice(
                List.of(
                        withheld(
                                PROBATION, InformationCategory.OFFENDING, WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT, 2),
                        withheld(HEALTH, InformationCategory.HEALTH, WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT, 3)),
                5,
                false);

        assertThat(notice.lines()).containsExactly("5 entries are not shown: your role does not show case content");
        assertThat(notice.total()).isNull();
        assertThat(notice.openable()).isFalse();
    }

    @Test
    void ordersLinesByAgencyThenReasonAndNamesAnAgencyByItsIdWhenItHasNoName() {
        WithheldNotice notice = presenter.notice(
                List.of(
                        withheld(PROBATION, InformationCategory.OFFENDING, WithheldReason.NO_CONSENT, 1),
                        new WithheldEntries(
                                "closed-agency", null, InformationCategory.HOUSING, WithheldReason.NO_CONSENT, 1),
                        withheld(EARLY_HELP, InformationCategory.FAMILY, WithheldReason.NO_CONSENT, 1)),
                3,
                false);

        assertThat(notice.lines())
                .extracting(line -> line.substring(0, line.indexOf(" is not shown")))
                .containsExactly(
                        "1 entry from Hampshire and Isle of Wight Probation",
                        "1 entry from Southampton City Council Early Help",
                        "1 entry from closed-agency");
    }

    @Test
    void fallsBackOnTheTotalWhenCaseServiceGaveNoCountsAndSaysNothingWhenNothingIsWithheld() {
        assertThat(presenter.notice(List.of(), 2, false).lines())
                .containsExactly("2 entries are not shared with your agency.");
        assertThat(presenter.notice(List.of(), 0, true).any()).isFalse();
    }

    private static WithheldEntries withheld(
            String agencyName, InformationCategory category, WithheldReason reason, int count) {
        return new WithheldEntries(agencyName.toLowerCase().replace(' ', '-'), agencyName, category, reason, count);
    }
}
