package uk.joinedup.caseservice.personindex;

import java.time.LocalDate;

/**
 * People whose family name matches, optionally narrowed by given names (a prefix) and date of birth;
 * or the person with a national identifier.
 *
 * @param identifier an NHS number, National Insurance number or UPN; when given, the names are ignored
 */
public record FindPeople(String familyName, String givenNames, LocalDate dateOfBirth, String identifier) {}
