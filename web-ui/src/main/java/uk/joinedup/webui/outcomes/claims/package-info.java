/**
 * The payment-by-results claims pages for team managers: families eligible under each scheme, each result's
 * claim status and amount (filters by scheme and status as a GET form, the list as CSV passed through from
 * case-service); a family's claims page with the evidence that satisfied each criterion and what did not; and
 * the forms that draft and submit a claim and record it paid or rejected. A refusal (a result already claimed,
 * with the earlier claim named) is shown in a GOV.UK error summary; a change made meanwhile by someone else
 * is a conflict, shown the same way.
 */
package uk.joinedup.webui.outcomes.claims;
