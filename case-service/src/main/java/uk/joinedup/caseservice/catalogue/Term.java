package uk.joinedup.caseservice.catalogue;

/** School terms. */
public enum Term {
    AUTUMN,
    SPRING,
    SUMMER
}
