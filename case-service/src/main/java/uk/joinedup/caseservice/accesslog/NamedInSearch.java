package uk.joinedup.caseservice.accesslog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;

/**
 * Whether what a practitioner typed into a search names a person, by any of the details they were ever recorded
 * with: one of their national identifiers (spaced or not), their full name (either way round), or their date of
 * birth beside one of their names. A date of birth alone does not: thousands share it. For the searches an
 * erased person's record never appeared in (a duplicate check before they were registered), whose text is the
 * only thing that tells whom they were for.
 */
final class NamedInSearch {

    private final Set<String> identifiers = new LinkedHashSet<>();
    private final Set<String> fullNames = new LinkedHashSet<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> datesOfBirth = new LinkedHashSet<>();

    NamedInSearch(Collection<PersonDetails> everyVersion) {
        for (PersonDetails details : everyVersion) {
            String given = lower(details.name().givenNames());
            String family = lower(details.name().familyName());
            fullNames.add(given + " " + family);
            fullNames.add(family + " " + given);
            names.add(given);
            names.add(family);
            LocalDate born = details.dateOfBirth();
            if (born != null) {
                datesOfBirth.add(born.toString());
            }
            addIdentifiers(details.identifiers());
        }
    }

    private void addIdentifiers(PersonIdentifiers given) {
        if (given == null) {
            return;
        }
        if (given.nhsNumber() != null) {
            identifiers.add(compact(given.nhsNumber().value()));
        }
        if (given.nationalInsuranceNumber() != null) {
            identifiers.add(compact(given.nationalInsuranceNumber().value()));
        }
        if (given.uniquePupilNumber() != null) {
            identifiers.add(compact(given.uniquePupilNumber().value()));
        }
    }

    /** Whether the text names the person. */
    boolean in(String searchText) {
        if (searchText == null) {
            return false;
        }
        String text = lower(searchText).replaceAll("\\s+", " ");
        String compact = compact(searchText);
        return identifiers.stream().anyMatch(compact::contains)
                || fullNames.stream().anyMatch(text::contains)
                || (datesOfBirth.stream().anyMatch(text::contains)
                        && names.stream().anyMatch(text::contains));
    }

    /** Whether there is anything to look for: a person with no details recorded is named by nothing. */
    boolean any() {
        return !fullNames.isEmpty();
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.UK).replaceAll("\\s+", " ");
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.UK);
    }
}
