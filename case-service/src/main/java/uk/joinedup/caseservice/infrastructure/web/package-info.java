/**
 * How the REST API reads requests and answers when one cannot be carried out: request bodies read strictly
 * (unknown fields, wrong types and absurd dates refused), bounded in size (413) and in every text and list
 * ({@link uk.joinedup.caseservice.infrastructure.web.InputLimits}), refusals as RFC 9457 problem details, and
 * the per-user limit on identity searches that such an answer (429) enforces.
 */
package uk.joinedup.caseservice.infrastructure.web;
