package uk.joinedup.webui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.AgencyKind;
import uk.joinedup.webui.caseservice.AgreementSummary;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.LawfulBasis;
import uk.joinedup.webui.caseservice.Party;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.govuk.BundleLabels;

class AgreementPresenterTest {

    private static final Map<String, String> NAMES = Map.of(
            "southampton-probation", "Hampshire and Isle of Wight Probation",
            "southampton-early-help", "Southampton City Council Early Help");

    private final AgreementPresenter presenter = new AgreementPresenter(BundleLabels.labels());

    @Test
    void putsAnAgreementIntoWordsWithItsLawfulBasesByTheirLegalTitles() {
        AgreementCard card = presenter.card(
                summary(
                        "Offending information",
                        Set.of(
                                Party.kind(AgencyKind.POLICE),
                                Party.agency("southampton-probation"),
                                Party.agency("southampton-early-help"),
                                Party.agency("gone-agency")),
                        false,
                        true),
                NAMES);

        assertThat(card.terms().parties())
                .containsExactly(
                        "gone-agency",
                        "Hampshire and Isle of Wight Probation",
                        "Southampton City Council Early Help",
                        "Every police force");
        assertThat(card.terms().categories()).containsExactly("Offending", "Case notes");
        assertThat(card.terms().purposes()).containsExactly("To support the family", "To prevent crime and disorder");
        assertThat(card.terms().lawfulBases())
                .containsExactly("UK GDPR article 6(1)(e): public task", "Crime and Disorder Act 1998, section 115");
        assertThat(card.reviewOverdue()).isTrue();
    }

    @Test
    void listsAgreementsOverdueForReviewFirstAndEndedOnesLast() {
        List<AgreementCard> cards = presenter.cards(
                List.of(
                        summary("Beta", Set.of(), true, false),
                        summary("alpha", Set.of(), false, false),
                        summary("Gamma", Set.of(), false, true)),
                NAMES);

        assertThat(cards).extracting(card -> card.terms().title()).containsExactly("Gamma", "alpha", "Beta");
    }

    private static AgreementSummary summary(String title, Set<Party> parties, boolean ended, boolean reviewOverdue) {
        return new AgreementSummary(
                title.toLowerCase(),
                1,
                title,
                parties,
                Set.of(InformationCategory.CASE_NOTE, InformationCategory.OFFENDING),
                Set.of(Purpose.CRIME_AND_DISORDER, Purpose.FAMILY_SUPPORT),
                Set.of(LawfulBasis.CRIME_AND_DISORDER_ACT_S115, LawfulBasis.PUBLIC_TASK),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 4, 1),
                ended ? LocalDate.of(2026, 5, 1) : null,
                !ended,
                ended,
                reviewOverdue);
    }
}
