package uk.joinedup.caseservice.catalogue;

/** Whether a pupil reached the expected standard in a key stage 2 subject. */
public enum ExpectedStandard {
    MET,
    NOT_MET
}
