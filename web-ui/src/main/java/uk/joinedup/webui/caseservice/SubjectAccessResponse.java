package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The response to a subject access request as it stands: everything held about the person, other people's
 * information redacted (each redaction with its reason) unless an officer overrode it.
 *
 * @param version the request's version: what an override, a restore, a release or a closure sends back
 * @param redactionCount how many items are redacted now (overridden ones not counted)
 */
public record SubjectAccessResponse(
        String requestId,
        String personId,
        LocalDate receivedOn,
        LocalDate dueBy,
        String status,
        long version,
        Instant assembledAt,
        Identity identity,
        List<Item> facts,
        List<Family> families,
        List<Item> consents,
        List<Item> emergencyAccess,
        List<LogEntry> accessLog,
        int redactionCount) {

    /** Who the person is, as recorded now, and their identity record's entries. */
    public record Identity(
            String givenNames,
            String familyName,
            LocalDate dateOfBirth,
            String sexOrGender,
            String address,
            Map<String, String> identifiers,
            LocalDate dateOfDeath,
            String registeredBy,
            List<Item> history) {}

    /** A family the person is in or was in, and what its record holds. */
    public record Family(
            String familyId,
            String name,
            String relationship,
            LocalDate joinedOn,
            LocalDate leftOn,
            int otherMembers,
            List<Item> items) {}

    /**
     * One item held. A removed item keeps only its id and its redaction.
     *
     * @param content what it says, field by field, with redacted parts replaced; empty when removed
     * @param redaction why part or all of it is redacted, or that an officer released it; null when nothing in it is
     *     another person's
     */
    public record Item(
            String itemId,
            String kind,
            LocalDate occurredOn,
            String recordedBy,
            String category,
            Map<String, String> content,
            Redaction redaction) {

        /** Removed and not overridden: nothing of it may be shown. */
        public boolean removed() {
            return redaction != null && !redaction.overridden() && redaction.how() == Redaction.How.REMOVED;
        }
    }

    /** Why an item is redacted, in plain words, and what an officer decided. */
    public record Redaction(
            How how, String reason, List<String> fields, boolean overridden, String overrideNote, String overriddenBy) {

        /** How much of an item a redaction takes out. */
        public enum How {
            REMOVED,
            MARKED
        }
    }

    /** One time someone looked at the person's information. */
    public record LogEntry(
            long sequence,
            Instant at,
            String userName,
            String agency,
            String what,
            Map<String, List<String>> shown,
            Map<String, List<String>> withheld) {}
}
