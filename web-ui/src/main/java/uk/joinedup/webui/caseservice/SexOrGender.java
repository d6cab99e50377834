package uk.joinedup.webui.caseservice;

/** Sex or gender as the registering agency records it. */
public enum SexOrGender {
    FEMALE,
    MALE,
    OTHER,
    NOT_KNOWN
}
