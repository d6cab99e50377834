package uk.joinedup.webui.identification;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.joinedup.webui.caseservice.CandidateDecision;
import uk.joinedup.webui.caseservice.CandidatesList;
import uk.joinedup.webui.caseservice.CandidatesList.Candidate;
import uk.joinedup.webui.govuk.Labels;

/**
 * Puts case-service's candidates into words: the members, the criteria met, each fact by the name web-ui gives its
 * kind elsewhere ({@code kind.*}), with its date and whose it is, and the latest decision.
 */
@Component
class CandidateCards {

    private final Labels labels;

    CandidateCards(Labels labels) {
        this.labels = labels;
    }

    List<CandidateCard> of(List<Candidate> candidates) {
        return candidates.stream().map(this::card).toList();
    }

    CandidateCard card(Candidate candidate) {
        String familyHref = candidate.household() ? null : "/families/" + candidate.familyId();
        CandidateCard.DecisionLine decision = decision(candidate.decision());
        boolean referred =
                candidate.decision() != null && candidate.decision().decision() == CandidateDecision.Decision.REFER;
        return new CandidateCard(
                candidate.candidateId(),
                candidate.name(),
                familyHref,
                candidate.household(),
                candidate.members().stream()
                        .map(member -> new CandidateCard.MemberLine(
                                member.fullName(),
                                member.dateOfBirth() == null
                                        ? labels.get("identification.member.noDateOfBirth")
                                        : labels.get("identification.member.born", Labels.date(member.dateOfBirth()))))
                        .toList(),
                criteriaMet(candidate),
                candidate.criteria().stream()
                        .map(criterion -> new CandidateCard.CriterionLine(
                                criterion.label(),
                                criterion.met(),
                                criterion.reasons(),
                                facts(candidate, criterion.facts())))
                        .toList(),
                candidate.supportingFamiliesNeeds().stream()
                        .map(need -> new CandidateCard.NeedLine(need.label(), facts(candidate, need.facts())))
                        .toList(),
                candidate.factsWithheld() > 0 ? labels.get("identification.withheld", candidate.factsWithheld()) : null,
                decision,
                referred ? referHref(candidate) : null);
    }

    /** Where a referral is made after deciding to refer: the family's page, or confirming the household. */
    static String referHref(Candidate candidate) {
        return candidate.household()
                ? IdentificationController.PATH + "/" + candidate.candidateId() + "/household"
                : "/families/" + candidate.familyId();
    }

    private String criteriaMet(Candidate candidate) {
        List<String> met =
                candidate.met().stream().map(CandidatesList.Criterion::label).toList();
        if (met.isEmpty()) {
            return labels.get(
                    "identification.criteria.none", candidate.criteria().size());
        }
        return labels.get(
                "identification.criteria.met", met.size(), candidate.criteria().size(), String.join(", ", met));
    }

    private List<String> facts(Candidate candidate, List<CandidatesList.Fact> facts) {
        return facts.stream()
                .map(fact -> {
                    String kind = labels.getOrDefault("kind." + fact.kind(), fact.kind());
                    String date = fact.occurredOn() == null ? "" : Labels.date(fact.occurredOn());
                    CandidatesList.Member member = candidate.member(fact.personId());
                    return member == null
                            ? labels.get("identification.fact", kind, date)
                            : labels.get("identification.fact.whose", kind, date, member.fullName());
                })
                .toList();
    }

    private CandidateCard.DecisionLine decision(CandidatesList.Decision decision) {
        if (decision == null) {
            return null;
        }
        String name = decision.decision().name();
        return new CandidateCard.DecisionLine(
                labels.get("identification.decision." + name),
                switch (decision.decision()) {
                    case REFER -> "govuk-tag--green";
                    case NOT_NOW -> "govuk-tag--yellow";
                    case NOT_ELIGIBLE -> "govuk-tag--grey";
                },
                decision.reason(),
                labels.get(
                        "identification.decision.byWhom",
                        decision.decidedBy(),
                        decision.decidedOn() == null ? "" : Labels.date(decision.decidedOn())));
    }
}
