/**
 * REST adapter for subject access, information-governance officers only (the security configuration lets no one
 * else reach it): start a request, list the open ones with their deadlines, read one and its assembled, redacted
 * response, extend its deadline, override or restore a redaction, release or close it. The officer comes from the
 * token; every decision on a request carries the version the officer saw.
 */
package uk.joinedup.caseservice.subjectaccess.web;
