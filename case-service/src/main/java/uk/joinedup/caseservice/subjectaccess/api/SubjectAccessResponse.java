package uk.joinedup.caseservice.subjectaccess.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The response to a subject access request, machine-readable: everything the council holds about the person
 * as it stands, with other people's information redacted (each redaction with its reason) unless an officer
 * overrode it (with the officer's note).
 *
 * @param requestId the request it answers
 * @param personId whose information it is
 * @param receivedOn when the request was received
 * @param dueBy the deadline, as extended
 * @param originalDueBy the statutory deadline, one calendar month after the request was received
 * @param extensions each extension of the deadline, with its reasons (UK GDPR Art. 12(3)); empty when not extended
 * @param status open, released or closed
 * @param version the request's version: what an override, a restore, a release or a closure sends back
 * @param assembledAt when this response was assembled from the records
 * @param identity who the person is, as recorded, and the history of their identity record
 * @param facts every fact any agency recorded about them, newest first
 * @param families the families they are in or have been in, with what those families' records hold
 * @param consents their consents to share, current and past
 * @param emergencyAccess every emergency override of their record
 * @param accessLog who looked at their information, when and on what basis, newest first
 * @param redactionCount how many items are redacted now (overridden ones not counted)
 */
public record SubjectAccessResponse(
        SubjectAccessRequestId requestId,
        String personId,
        LocalDate receivedOn,
        LocalDate dueBy,
        LocalDate originalDueBy,
        List<DeadlineExtension> extensions,
        String status,
        long version,
        Instant assembledAt,
        HeldIdentity identity,
        List<HeldItem> facts,
        List<HeldFamily> families,
        List<HeldItem> consents,
        List<HeldItem> emergencyAccess,
        List<AccessLogEntry> accessLog,
        int redactionCount) {}
