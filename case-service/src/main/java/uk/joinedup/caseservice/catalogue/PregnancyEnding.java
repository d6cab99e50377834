package uk.joinedup.caseservice.catalogue;

/** How a pregnancy ended, without more detail. */
public enum PregnancyEnding {
    /** The baby was born. */
    BIRTH,
    /** The pregnancy ended without a birth. */
    ENDED_WITHOUT_BIRTH
}
