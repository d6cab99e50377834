/**
 * The claims of one result of one scheme for one family, one event stream ({@code ResultClaims}), and the
 * named rules it enforces: only a team manager of an agency involved in the family's case drafts, submits or
 * records the answer to a claim (ADR 13: writes are access decisions; whether the actor manages the case is
 * read by the adapter from the family's record and passed in); a result is claimed only when the scheme's
 * evaluation on the day, passed in, shows it achieved; a result already claimed (drafted, submitted or paid)
 * is not claimed again, and the refusal names that claim; after a rejection a new claim may be drafted; a
 * claim is submitted from draft, and paid or rejected once submitted, not dated before its submission or
 * after the day recorded.
 */
package uk.joinedup.caseservice.outcomes.claims.domain;
