package uk.joinedup.caseservice.retention.evaluation;

import uk.joinedup.caseservice.agency.InformationCategory;

/** When retention of one category of a subject's records ends. */
public record CategoryRetention(InformationCategory category, Ends ends) {}
