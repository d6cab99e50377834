package uk.joinedup.caseservice.person.index;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.Actor;

/**
 * People whose names have every word of {@code name} (exactly, as the start of a word of their name, or by
 * sound; current or previous names), narrowed by date of birth, year of birth and postcode; or the person
 * with a national identifier. One page of them, best matches first.
 *
 * @param name words of the name in any order, or null to search by date of birth or postcode alone
 * @param yearOfBirth narrows a search by name or postcode, or null
 * @param postcode a whole postcode, its sector ("SO14 0") or district ("SO14"), or null
 * @param identifier an NHS number, National Insurance number or UPN; when given, the rest is ignored
 * @param page the page wanted, from 1
 * @param viewer who is looking
 */
public record FindPeople(
        String name,
        LocalDate dateOfBirth,
        Integer yearOfBirth,
        String postcode,
        String identifier,
        int page,
        Actor viewer) {

    /** People by name alone, first page. */
    public static FindPeople byName(String name, Actor viewer) {
        return new FindPeople(name, null, null, null, null, 1, viewer);
    }
}
