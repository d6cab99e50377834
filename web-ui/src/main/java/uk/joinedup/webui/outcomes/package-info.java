/**
 * The pages for managers about outcomes: the caseload overview ({@code overview}), the indicators by quarter
 * ({@code dashboard}) and payment-by-results claims ({@code claims}); here, how their quarters read.
 */
package uk.joinedup.webui.outcomes;
