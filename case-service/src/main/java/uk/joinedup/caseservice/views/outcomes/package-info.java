/**
 * The outcomes dashboard's people, composed across features: every person's outcome facts, consents and
 * emergency overrides filed in buckets by a hash of their id ({@code OutcomeFactsProjection}, ADR 22), read for
 * a caseload by {@code _id} beside the family records that say how the viewer works with each person, and the
 * sharing policy applied fact by fact for the viewer and the outcomes purpose at query time (ADR 21); each
 * person's share of the figures is remembered while what it was made from is unchanged ({@code
 * RememberedSummaries}, ADR 23 and 24), and {@code OutcomesWarmUp} reads the buckets and families ahead of the
 * first dashboard after a start. It implements {@link uk.joinedup.caseservice.outcomes.dashboard.OutcomesFacts}, the
 * port by which the outcomes feature, which knows other features only by their api, asks for them.
 */
package uk.joinedup.caseservice.views.outcomes;
