package uk.joinedup.webui.caseservice;

/**
 * Entries the user may not see, counted by the agency that recorded them, their category and why: never
 * the entries themselves.
 */
public record WithheldEntries(
        String agency, String agencyName, InformationCategory category, WithheldReason reason, int count) {}
