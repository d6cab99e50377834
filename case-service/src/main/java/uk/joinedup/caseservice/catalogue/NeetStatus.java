package uk.joinedup.caseservice.catalogue;

/** Whether a young person is not in education, employment or training. */
public enum NeetStatus {
    NEET,
    IN_EDUCATION_EMPLOYMENT_OR_TRAINING
}
