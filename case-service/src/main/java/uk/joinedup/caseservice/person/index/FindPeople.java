package uk.joinedup.caseservice.person.index;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.Actor;

/**
 * People whose family name matches, optionally narrowed by given names (a prefix) and date of birth;
 * or the person with a national identifier.
 *
 * @param identifier an NHS number, National Insurance number or UPN; when given, the names are ignored
 * @param viewer who is looking
 */
public record FindPeople(
        String familyName, String givenNames, LocalDate dateOfBirth, String identifier, Actor viewer) {}
