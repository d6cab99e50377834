package uk.joinedup.caseservice.catalogue;

/** Offender management cohorts. */
public enum OffenderCohort {
    INTEGRATED_OFFENDER_MANAGEMENT,
    PROLIFIC_AND_OTHER_PRIORITY_OFFENDER,
    MAPPA
}
