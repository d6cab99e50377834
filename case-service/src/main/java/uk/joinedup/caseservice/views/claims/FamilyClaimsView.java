package uk.joinedup.caseservice.views.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.ClaimSummary;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.Criterion;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.EvidenceFact;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.ResultClaim;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.SchemeEvaluation;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecord;
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.Finding;
import uk.joinedup.caseservice.outcomes.schemes.ResultFinding;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.person.api.FactId;

/** Turns a family's evaluations and its results' claims into the answer, each fact id into its evidence. */
final class FamilyClaimsView {

    private FamilyClaimsView() {}

    static FamilyClaims of(EvaluatedFamily evaluated, Map<String, ClaimRecord> claimed, LocalDate today) {
        List<SchemeEvaluation> schemes = new ArrayList<>();
        evaluated
                .evaluations()
                .forEach((scheme, evaluation) -> schemes.add(scheme(evaluated, scheme, evaluation, claimed)));
        return new FamilyClaims(
                evaluated.family().familyId(),
                evaluated.family().name(),
                evaluated.family().openedOn(),
                today,
                evaluated.factsWithheld(),
                schemes);
    }

    private static SchemeEvaluation scheme(
            EvaluatedFamily evaluated, Scheme scheme, Evaluation evaluation, Map<String, ClaimRecord> claimed) {
        Map<String, EvidenceFact> evidence = evaluated.evidence();
        List<ResultClaim> results = new ArrayList<>();
        for (ResultFinding result : evaluation.results()) {
            String claimId = ClaimsQueries.claimIdOf(
                    scheme, evaluated.family(), result.finding().criterion());
            ClaimRecord record = claimed.get(claimId);
            results.add(new ResultClaim(
                    result.finding().criterion(),
                    evaluation.eligible() && result.finding().met(),
                    result.listed(),
                    result.earned(),
                    criterion(result.finding(), evidence),
                    result.parts().stream()
                            .map(part -> criterion(part, evidence))
                            .toList(),
                    claimId,
                    record == null ? null : record.version(),
                    record == null
                            ? List.of()
                            : record.claims().stream()
                                    .map(FamilyClaimsView::summary)
                                    .toList()));
        }
        return new SchemeEvaluation(
                scheme.id(),
                scheme.name(),
                evaluation.eligible(),
                evaluation.paymentYear(),
                evaluation.yearsListed(),
                evaluation.attachmentFee(),
                evaluation.total(),
                evaluation.capReached(),
                evaluation.entry().stream()
                        .map(finding -> criterion(finding, evidence))
                        .toList(),
                results);
    }

    private static Criterion criterion(Finding finding, Map<String, EvidenceFact> evidence) {
        return new Criterion(
                finding.criterion(),
                finding.met(),
                finding.because(),
                facts(finding.satisfiedBy(), evidence),
                facts(finding.notSatisfiedBy(), evidence));
    }

    /** Only facts the evaluation read, which are only facts the viewer may see. */
    private static List<EvidenceFact> facts(List<FactId> ids, Map<String, EvidenceFact> evidence) {
        return ids.stream()
                .map(id -> evidence.get(id.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static ClaimSummary summary(ClaimRecord.Claim claim) {
        return new ClaimSummary(
                claim.number(),
                claim.reference(),
                claim.status(),
                claim.statusOn(),
                claim.amount(),
                claim.paymentYear(),
                claim.evidence(),
                claim.draftedOn(),
                claim.draftedBy(),
                claim.submittedOn(),
                claim.paidOn(),
                claim.rejectedOn(),
                claim.rejectionReason());
    }
}
