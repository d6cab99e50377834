package uk.joinedup.caseservice.subjectaccess.api;

/**
 * Why the deadline of a subject access request was extended: UK GDPR Art. 12(3) allows up to two further months
 * only where the request is complex or the person has made a number of requests.
 */
public enum ExtensionReason {
    /** The request is complex: a great deal held, across many records, with much to redact. */
    COMPLEX,
    /** The person has made a number of requests, to this council, that are being answered together. */
    NUMEROUS_REQUESTS
}
