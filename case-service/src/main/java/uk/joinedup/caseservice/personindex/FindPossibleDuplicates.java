package uk.joinedup.caseservice.personindex;

import uk.joinedup.caseservice.person.api.PersonDetails;

/** People already registered who may be the person about to be registered. */
public record FindPossibleDuplicates(PersonDetails details) {}
