package uk.joinedup.caseservice.familyindex;

/** Families whose name has every word of {@code name} (e.g. "walker" finds the Walker family). */
public record FindFamilies(String name) {}
