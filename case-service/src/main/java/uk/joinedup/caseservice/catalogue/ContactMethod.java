package uk.joinedup.caseservice.catalogue;

/** How contact was attempted. */
public enum ContactMethod {
    HOME_VISIT,
    PHONE,
    LETTER,
    EMAIL,
    TEXT_MESSAGE
}
