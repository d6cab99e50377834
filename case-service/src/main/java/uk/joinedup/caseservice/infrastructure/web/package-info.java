/** How the REST API answers when a request cannot be carried out: RFC 9457 problem details. */
package uk.joinedup.caseservice.infrastructure.web;
