/**
 * The client of case-service's REST API. Requests carry the signed-in user's access token, and the
 * changes a form sends an idempotency key made from the key the form was shown with; error
 * answers (problem details) become the exceptions in this package, which pages turn into GOV.UK error
 * messages. web-ui has no domain logic: what case-service decides, it only shows.
 */
package uk.joinedup.webui.caseservice;
