package uk.joinedup.caseservice.outcomes.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One family evaluated under every scheme on a day, from the facts the viewer may see for measuring outcomes,
 * with each result's claims.
 *
 * @param attachedOn the day the family joined the programme (its case opened): entry is judged then
 * @param judgedOn the day results are judged (today)
 * @param factsWithheld how many facts about the family's members the viewer may not see for this purpose
 */
public record FamilyClaims(
        String familyId,
        String familyName,
        LocalDate attachedOn,
        LocalDate judgedOn,
        int factsWithheld,
        List<SchemeEvaluation> schemes) {

    public FamilyClaims {
        schemes = List.copyOf(schemes);
    }

    /** The result of one scheme, by its criterion, or null if none. */
    public ResultClaim result(String scheme, String result) {
        return schemes.stream()
                .filter(one -> one.scheme().equals(scheme))
                .flatMap(one -> one.results().stream())
                .filter(one -> one.result().equals(result))
                .findFirst()
                .orElse(null);
    }

    /**
     * The family under one scheme.
     *
     * @param paymentYear the financial year whose amounts apply, or null
     * @param yearsListed the financial years the scheme lists amounts for (empty if its amounts do not vary by
     *     year): with no payment year, the family joined outside them and its results earn nothing
     * @param total the attachment fee and the results earned, never above the cap
     */
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
            yearsListed = List.copyOf(yearsListed);
            entry = List.copyOf(entry);
            results = List.copyOf(results);
        }
    }

    /** A criterion with its evidence: the facts that satisfied it and those it read that did not. */
    public record Criterion(
            String criterion,
            boolean met,
            String because,
            List<EvidenceFact> satisfiedBy,
            List<EvidenceFact> notSatisfiedBy) {

        public Criterion {
            satisfiedBy = List.copyOf(satisfiedBy);
            notSatisfiedBy = List.copyOf(notSatisfiedBy);
        }
    }

    /**
     * A fact the viewer may see, as evidence.
     *
     * @param kind the fact's kind, e.g. {@code JobStarted}
     * @param agencyName the agency that recorded it
     */
    public record EvidenceFact(
            String factId, String personId, String personName, String kind, LocalDate occurredOn, String agencyName) {}

    /**
     * A payable result and its claims.
     *
     * @param achieved whether the family is eligible and the result met today: only then may it be claimed
     * @param listed what the scheme lists for it in the family's payment year
     * @param earned what it earns today, the cap applied
     * @param finding whether it is met, with all its evidence
     * @param parts the criteria it combines, each with its own evidence (empty for a single one)
     * @param claimId the id of its claims, to act on them
     * @param version the version of its claims to send back, or null if never claimed
     * @param claims every claim made for it, oldest first
     */
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
            parts = List.copyOf(parts);
            claims = List.copyOf(claims);
        }

        /** The latest claim, or null. */
        public ClaimSummary current() {
            return claims.isEmpty() ? null : claims.get(claims.size() - 1);
        }
    }

    /** One claim of a result and where it stands. */
    public record ClaimSummary(
            int number,
            String reference,
            ClaimStatus status,
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
            evidence = List.copyOf(evidence);
        }
    }
}
