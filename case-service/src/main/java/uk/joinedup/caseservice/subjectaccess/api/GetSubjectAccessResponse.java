package uk.joinedup.caseservice.subjectaccess.api;

import uk.joinedup.caseservice.agency.Actor;

/**
 * The response to a subject access request as it stands: everything held about the person, assembled now,
 * with third parties' information redacted and the officer's overrides applied. Empty for an unknown request.
 * Asking is a view of the person's record, logged as such.
 */
public record GetSubjectAccessResponse(SubjectAccessRequestId requestId, Actor viewer) {}
