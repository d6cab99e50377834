package uk.joinedup.caseservice.views.subjectaccess;

import java.util.List;

/**
 * Someone whose names and identifiers a response may hold: the person it answers, or another person.
 *
 * @param names their full name and given names, as recorded
 * @param identifiers their national identifiers, as recorded
 */
record Person(String personId, List<String> names, List<String> identifiers) {

    Person {
        names = names == null ? List.of() : List.copyOf(names);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
