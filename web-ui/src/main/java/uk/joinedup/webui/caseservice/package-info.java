/**
 * The client of case-service's REST API. Requests carry the signed-in user's access token; error
 * answers (problem details) become the exceptions in this package, which pages turn into GOV.UK error
 * messages. web-ui has no domain logic: what case-service decides, it only shows.
 */
package uk.joinedup.webui.caseservice;
