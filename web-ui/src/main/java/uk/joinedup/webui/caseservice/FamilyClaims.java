package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One family evaluated under every scheme, with the evidence the manager may see and each result's claims.
 *
 * @param factsWithheld facts about the members the manager may not see for measuring outcomes
 */
public record FamilyClaims(
        String familyId,
        String familyName,
        LocalDate attachedOn,
        LocalDate judgedOn,
        int factsWithheld,
        List<SchemeEvaluation> schemes) {

    public FamilyClaims {
        schemes = schemes == null ? List.of() : List.copyOf(schemes);
    }

    /** One result of one scheme, or null. */
    public ResultClaim result(String scheme, String result) {
        return schemes.stream()
                .filter(one -> one.scheme().equals(scheme))
                .flatMap(one -> one.results().stream())
                .filter(one -> one.result().equals(result))
                .findFirst()
                .orElse(null);
    }

    /** The family under one scheme. */
    public record SchemeEvaluation(
            String scheme,
            String schemeName,
            boolean eligible,
            String paymentYear,
            List<String> yearsListed,
            BigDecimal attachmentFee,
            BigDecimal total,
            boolean capReached,
            List<Criterion> entry,
            List<ResultClaim> results) {

        public SchemeEvaluation {
            yearsListed = yearsListed == null ? List.of() : List.copyOf(yearsListed);
            entry = entry == null ? List.of() : List.copyOf(entry);
            results = results == null ? List.of() : List.copyOf(results);
        }
    }

    /** A criterion with the facts that satisfied it and those it read that did not. */
    public record Criterion(
            String criterion,
            boolean met,
            String because,
            List<EvidenceFact> satisfiedBy,
            List<EvidenceFact> notSatisfiedBy) {

        public Criterion {
            satisfiedBy = satisfiedBy == null ? List.of() : List.copyOf(satisfiedBy);
            notSatisfiedBy = notSatisfiedBy == null ? List.of() : List.copyOf(notSatisfiedBy);
        }
    }

    /** A fact shown as evidence. */
    public record EvidenceFact(
            String factId, String personId, String personName, String kind, LocalDate occurredOn, String agencyName) {}

    /** A payable result and its claims, oldest first. */
    public record ResultClaim(
            String result,
            boolean achieved,
            BigDecimal listed,
            BigDecimal earned,
            Criterion finding,
            List<Criterion> parts,
            String claimId,
            Long version,
            List<ClaimSummary> claims) {

        public ResultClaim {
            parts = parts == null ? List.of() : List.copyOf(parts);
            claims = claims == null ? List.of() : List.copyOf(claims);
        }

        /** The latest claim, or null. */
        public ClaimSummary current() {
            return claims.isEmpty() ? null : claims.get(claims.size() - 1);
        }

        /** Whether a new claim may be drafted: achieved, and no claim holds the result. */
        public boolean claimable() {
            ClaimSummary current = current();
            return achieved && (current == null || "REJECTED".equals(current.status()));
        }
    }

    /** One claim and where it stands. */
    public record ClaimSummary(
            int number,
            String reference,
            String status,
            LocalDate statusOn,
            BigDecimal amount,
            String paymentYear,
            List<String> evidence,
            LocalDate draftedOn,
            String draftedBy,
            LocalDate submittedOn,
            LocalDate paidOn,
            LocalDate rejectedOn,
            String rejectionReason) {

        public ClaimSummary {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }
}
