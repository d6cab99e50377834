/**
 * The outcomes dashboard's people, composed across features: the person and family records of a caseload,
 * the consents, emergency overrides and sharing agreements on them, and the sharing policy applied fact by
 * fact for the viewer and the outcomes purpose (ADR 21). It implements {@link
 * uk.joinedup.caseservice.outcomes.dashboard.OutcomesFacts}, the port by which the outcomes feature, which
 * knows other features only by their api, asks for them.
 */
package uk.joinedup.caseservice.views.outcomes;
