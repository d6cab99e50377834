package uk.joinedup.caseservice.person.api;

/** Sex or gender as the registering agency recorded it. */
public enum SexOrGender {
    FEMALE,
    MALE,
    OTHER,
    NOT_KNOWN
}
