package uk.joinedup.webui.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.ChainVerification;
import uk.joinedup.webui.caseservice.LoggedAccess;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.Times;

class AccessLogPresenterTest {

    private final AccessLogPresenter presenter = new AccessLogPresenter(BundleLabels.labels(), new Times());

    @Test
    void saysWhoLookedAtWhatAndWhatTheyWereShownOnWhatBasisAndWhatNotAndWhy() {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        shown.put("CASE_NOTE", List.of("CONSENT", "OWN_AGENCY"));
        shown.put("IDENTITY", List.of("MATCHING"));
        LoggedAccess view = new LoggedAccess(
                317,
                Instant.parse("2026-12-03T14:05:00Z"),
                "lee.morgan",
                "Lee Morgan",
                "southampton-housing",
                "PERSON",
                "p-1",
                List.of("p-1"),
                shown,
                Map.of("HEALTH", List.of("NO_EXPLICIT_CONSENT")),
                List.of("consent-1"),
                null);

        RecordView record = presenter.record(view, Map.of("southampton-housing", "Southampton City Council Housing"));

        assertThat(record.at()).isEqualTo("14:05 on 3 December 2026");
        assertThat(record.agencyName()).isEqualTo("Southampton City Council Housing");
        assertThat(record.what()).isEqualTo("Viewed a person's record");
        assertThat(record.href()).isEqualTo("/people/p-1");
        assertThat(record.shown())
                .containsExactly("Case notes: consent, their agency recorded it", "Identity: to find and match people");
        assertThat(record.withheld()).containsExactly("Health: no explicit consent");
    }

    @Test
    void showsASearchWithWhatWasSearchedForAndValuesItDoesNotKnowAsTheyCome() {
        LoggedAccess search = new LoggedAccess(
                3,
                Instant.parse("2026-07-01T09:00:00Z"),
                "sam.patel",
                "Sam Patel",
                "closed-agency",
                "FAMILY_SEARCH",
                null,
                List.of(),
                Map.of("NEW_CATEGORY", List.of("NEW_BASIS")),
                Map.of(),
                List.of(),
                "Walker");

        RecordView record = presenter.record(search, Map.of());

        assertThat(record.at()).as("British Summer Time").isEqualTo("10:00 on 1 July 2026");
        assertThat(record.what()).isEqualTo("Searched for families");
        assertThat(record.href()).isNull();
        assertThat(record.search()).isEqualTo("Walker");
        assertThat(record.agencyName()).isEqualTo("closed-agency");
        assertThat(record.shown()).containsExactly("NEW_CATEGORY: NEW_BASIS");
    }

    @Test
    void saysTheLogIsIntactWithHowManyRecordsWereChecked() {
        VerificationView view =
                presenter.verification(new ChainVerification(true, 1, 12345, 12345, 12345, "ab12", 420, null));

        assertThat(view.intact()).isTrue();
        assertThat(view.heading()).isEqualTo("The access log is intact: 12,345 records checked");
        assertThat(view.detail()).isNull();
    }

    @Test
    void saysWhereTheChainFirstBreaksAndHow() {
        VerificationView changed = presenter.verification(new ChainVerification(
                false,
                1,
                316,
                317,
                400,
                "ab12",
                420,
                new ChainVerification.BrokenLink(
                        317, ChainVerification.Problem.CONTENT_CHANGED, "Its hash is not the hash of its content")));
        VerificationView missing = presenter.verification(new ChainVerification(
                false,
                1,
                1999,
                2000,
                2001,
                "cd34",
                420,
                new ChainVerification.BrokenLink(2000, ChainVerification.Problem.RECORD_MISSING, "Not there")));

        assertThat(changed.intact()).isFalse();
        assertThat(changed.heading()).isEqualTo("Record 317 has been changed");
        assertThat(changed.detail()).isEqualTo("Its hash is not the hash of its content");
        assertThat(missing.heading()).isEqualTo("Record 2,000 is missing");
    }
}
