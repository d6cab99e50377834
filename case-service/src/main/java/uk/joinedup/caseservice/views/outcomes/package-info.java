/**
 * The people and families the outcomes are measured from, composed across features: every person's outcome
 * facts, consents and emergency overrides filed in buckets by a hash of their id ({@code OutcomeFactsProjection},
 * ADR 22; read by {@code OutcomeBuckets}), read for a caseload by {@code _id} beside the families as the outcomes
 * read them ({@code InvolvedFamilies}, kept by version), which say how the viewer works with each person; the
 * sharing policy is applied fact by fact for the viewer and the outcomes purpose at query time ({@code AsSeen},
 * ADR 21). A person's share of the dashboard's figures, and a family's listing on the claims page, are
 * remembered while what they were made from is unchanged ({@code RememberedSummaries}, ADR 23-25);
 * {@code OutcomesWarmUp} reads the buckets and families ahead of the first request after a start. It implements
 * {@link uk.joinedup.caseservice.outcomes.dashboard.OutcomesFacts}, the port by which the outcomes feature, which
 * knows other features only by their api, asks for people; {@link
 * uk.joinedup.caseservice.views.outcomes.OutcomeFamilies} answers the claims page ({@code views.claims}).
 */
package uk.joinedup.caseservice.views.outcomes;
