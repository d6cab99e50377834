/**
 * The list of candidates for early help (ADR 29), composed across features: the people, addresses and fact
 * holders early identification keeps ({@code IdentificationProjection}: documents by {@code _id}, so that a
 * request evaluates only the families and households of people holding a kind of fact the criteria read), the
 * households assembled from them ({@code Households}: parents and children at one address not together in one
 * family), registered families with no open case (the family records and memberships), every member's facts
 * from the outcome buckets as the sharing policy shows them for {@code Purpose.EARLY_IDENTIFICATION}, and each
 * candidate judged today under the schemes' entry criteria ({@code CandidateEvaluation}, {@code
 * outcomes.schemes}). It answers {@code FindCandidates} and {@code GetCandidate}; it decides and labels nothing.
 */
package uk.joinedup.caseservice.views.identification;
