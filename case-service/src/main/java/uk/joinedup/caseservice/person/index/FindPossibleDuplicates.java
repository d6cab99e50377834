package uk.joinedup.caseservice.person.index;

import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonDetails;

/** People already registered who may be the person about to be registered, as {@code viewer} is looking. */
public record FindPossibleDuplicates(PersonDetails details, Actor viewer) {}
