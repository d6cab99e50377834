package uk.joinedup.caseservice.catalogue;

/** How supervision ended. */
public enum SupervisionOutcome {
    COMPLETED,
    REVOKED,
    RECALLED,
    TRANSFERRED,
    OTHER
}
