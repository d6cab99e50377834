package uk.joinedup.caseservice.catalogue;

/** Assessed risk after a domestic abuse incident. */
public enum RiskLevel {
    STANDARD,
    MEDIUM,
    HIGH
}
