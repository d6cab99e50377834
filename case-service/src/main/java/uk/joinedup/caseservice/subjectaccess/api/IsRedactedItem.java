package uk.joinedup.caseservice.subjectaccess.api;

/**
 * Whether the response to the request, as it stands, redacts this item (overridden or not): what an override
 * must name. Answered with a {@code Boolean}, false for an unknown request; not logged, since nothing of the
 * response is shown.
 */
public record IsRedactedItem(SubjectAccessRequestId requestId, String itemId) {}
