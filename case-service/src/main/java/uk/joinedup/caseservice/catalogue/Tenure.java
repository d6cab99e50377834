package uk.joinedup.caseservice.catalogue;

/** The kind of tenancy. */
public enum Tenure {
    COUNCIL,
    HOUSING_ASSOCIATION,
    PRIVATE_RENTED,
    SUPPORTED,
    TEMPORARY
}
