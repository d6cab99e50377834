/**
 * A team manager's cohort before and after its cases opened (issue 14; seed 004's Total Place, the argument for
 * early help): for each family of the claims page's scope whose case opened at least a year ago, what its members'
 * facts cost the public purse in the twelve months before the case opened and the twelve months after, by the agency
 * that bore it ({@code costs.FamilyCosts#aroundOpening}), beside the support given in the year after (the family
 * budget's spend and the keyworkers' time). Families opened more recently are counted as too recent, never compared
 * on part of a year.
 *
 * <p>What a request reads: the agency's families ({@code views.claims.ClaimsScope}), their members' outcome facts
 * as the sharing policy shows them to the manager for measuring outcomes ({@link
 * uk.joinedup.caseservice.views.outcomes.OutcomeFamilies}, ADR 21, 22, 25; a withheld fact is never counted, and how
 * many families had one is said, never which fact), and the compared families' budgets by {@code _id}. A family's
 * cost either side of its opening is remembered with what it was made from; its support, which depends on its
 * budget, is worked out on every request.
 */
package uk.joinedup.caseservice.views.cohortcost;
