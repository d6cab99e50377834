package uk.joinedup.caseservice.retention.schedules;

/**
 * What a schedule says when another covers the same records and category. Only one rule exists: the longer
 * wins (records are kept until the later of the two days), the usual rule of retention guidance. Two
 * overlapping schedules must both say it, or the service does not start.
 */
public enum WhenOverlapping {
    LONGEST
}
