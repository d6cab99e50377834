package uk.joinedup.caseservice.family.index;

import uk.joinedup.caseservice.agency.Actor;

/**
 * Families whose name has every word of {@code name} (e.g. "walker" finds the Walker family), as
 * {@code viewer} is looking.
 */
public record FindFamilies(String name, Actor viewer) {}
