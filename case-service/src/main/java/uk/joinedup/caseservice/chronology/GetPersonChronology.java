package uk.joinedup.caseservice.chronology;

import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/** The chronology of one person, as the viewer may see it. */
public record GetPersonChronology(PersonId personId, Actor viewer) {}
