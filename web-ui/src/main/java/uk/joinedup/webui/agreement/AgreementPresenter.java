package uk.joinedup.webui.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.joinedup.webui.caseservice.AgreementSummary;
import uk.joinedup.webui.caseservice.AgreementTerms;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.LawfulBasis;
import uk.joinedup.webui.caseservice.Party;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.govuk.Labels;

/**
 * Puts agreements into words: agencies by the names the directory gives them (their id when it has
 * none), kinds of agency as {@code enum.AgencyKind.<KIND>.party}, categories as {@code category.*},
 * purposes as {@code enum.Purpose.*}, lawful bases by their legal titles ({@code enum.LawfulBasis.*}).
 */
@Component
class AgreementPresenter {

    private final Labels labels;

    AgreementPresenter(Labels labels) {
        this.labels = labels;
    }

    /** The agreements, those needing attention (review overdue) first, then in force, then by title. */
    List<AgreementCard> cards(List<AgreementSummary> agreements, Map<String, String> agencyNames) {
        return agreements.stream()
                .sorted(Comparator.comparing((AgreementSummary agreement) -> !agreement.reviewOverdue())
                        .thenComparing(AgreementSummary::ended)
                        .thenComparing(AgreementSummary::title, String.CASE_INSENSITIVE_ORDER))
                .map(agreement -> card(agreement, agencyNames))
                .toList();
    }

    AgreementCard card(AgreementSummary agreement, Map<String, String> agencyNames) {
        return new AgreementCard(
                agreement.agreementId(),
                agreement.version(),
                words(
                        agreement.title(),
                        agreement.parties(),
                        agreement.categories(),
                        agreement.purposes(),
                        agreement.lawfulBases(),
                        agreement.startsOn(),
                        agreement.reviewOn(),
                        agreement.endsOn(),
                        agencyNames),
                agreement.inForce(),
                agreement.ended(),
                agreement.reviewOverdue());
    }

    TermsInWords terms(AgreementTerms terms, Map<String, String> agencyNames) {
        return words(
                terms.title(),
                terms.parties(),
                terms.categories(),
                terms.purposes(),
                terms.lawfulBases(),
                terms.startsOn(),
                terms.reviewOn(),
                terms.endsOn(),
                agencyNames);
    }

    private TermsInWords words(
            String title,
            Collection<Party> parties,
            Collection<InformationCategory> categories,
            Collection<Purpose> purposes,
            Collection<LawfulBasis> lawfulBases,
            LocalDate startsOn,
            LocalDate reviewOn,
            LocalDate endsOn,
            Map<String, String> agencyNames) {
        Stream<String> agencies = parties.stream()
                .map(Party::agency)
                .filter(Objects::nonNull)
                .map(agency -> agencyNames.getOrDefault(agency, agency))
                .sorted(String.CASE_INSENSITIVE_ORDER);
        Stream<String> kinds = parties.stream()
                .map(Party::kind)
                .filter(Objects::nonNull)
                .sorted()
                .map(kind -> labels.get("enum.AgencyKind." + kind + ".party"));
        return new TermsInWords(
                title,
                Stream.concat(agencies, kinds).toList(),
                categories.stream()
                        .sorted()
                        .map(category -> labels.get("category." + category))
                        .toList(),
                purposes.stream()
                        .sorted()
                        .map(purpose -> labels.get("enum.Purpose." + purpose))
                        .toList(),
                lawfulBases.stream()
                        .sorted()
                        .map(basis -> labels.get("enum.LawfulBasis." + basis))
                        .toList(),
                startsOn,
                reviewOn,
                endsOn);
    }
}
