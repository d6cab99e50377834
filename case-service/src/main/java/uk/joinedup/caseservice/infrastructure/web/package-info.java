/**
 * How the REST API answers when a request cannot be carried out (RFC 9457 problem details), and the
 * per-user limit on identity searches that such an answer (429) enforces.
 */
package uk.joinedup.caseservice.infrastructure.web;
