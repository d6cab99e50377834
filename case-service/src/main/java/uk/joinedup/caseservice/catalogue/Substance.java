package uk.joinedup.caseservice.catalogue;

/** What drug or alcohol treatment is for. */
public enum Substance {
    DRUGS,
    ALCOHOL,
    DRUGS_AND_ALCOHOL
}
