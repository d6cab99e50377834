package uk.joinedup.caseservice.catalogue;

/** Training or volunteering. */
public enum TrainingKind {
    TRAINING,
    VOLUNTEERING
}
