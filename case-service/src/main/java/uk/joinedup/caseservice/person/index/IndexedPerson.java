package uk.joinedup.caseservice.person.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;
import uk.joinedup.caseservice.infrastructure.search.Postcodes;
import uk.joinedup.caseservice.person.api.CandidatePerson;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;

/**
 * What the index keeps about a person: enough to match them, and the keys they are filed under. Evolved
 * from their events by {@link #registered} and {@link #corrected}, so a replay files everyone again.
 *
 * @param previousNames names they were recorded under before a correction, full names, oldest first
 * @param postcode the postcode of their current address, upper case with one space, or null
 */
record IndexedPerson(
        @JsonProperty("_id") String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String nhsNumber,
        String nationalInsuranceNumber,
        String uniquePupilNumber,
        String postcode,
        List<String> previousNames) {

    IndexedPerson {
        previousNames = previousNames == null ? List.of() : List.copyOf(previousNames);
    }

    static IndexedPerson registered(String personId, PersonDetails details) {
        return of(personId, details, List.of());
    }

    /** Their details replaced; a name they no longer have is kept as a previous name. */
    IndexedPerson corrected(PersonDetails details) {
        List<String> previous = new ArrayList<>(previousNames);
        String corrected = details.name().fullName();
        if (!corrected.equals(fullName()) && !previous.contains(fullName())) {
            previous.add(fullName());
        }
        previous.remove(corrected);
        return of(personId, details, previous);
    }

    private static IndexedPerson of(String personId, PersonDetails details, List<String> previousNames) {
        PersonIdentifiers ids = details.identifiers() != null ? details.identifiers() : PersonIdentifiers.none();
        return new IndexedPerson(
                personId,
                details.name().givenNames(),
                details.name().familyName(),
                details.dateOfBirth(),
                ids.nhsNumber() != null ? ids.nhsNumber().value() : null,
                ids.nationalInsuranceNumber() != null
                        ? ids.nationalInsuranceNumber().value()
                        : null,
                ids.uniquePupilNumber() != null ? ids.uniquePupilNumber().value() : null,
                details.address() != null
                        ? Postcodes.normalise(details.address().postcode())
                        : null,
                previousNames);
    }

    /** The person as a candidate for a row of an extract: identity and identifiers. */
    CandidatePerson asCandidate() {
        return new CandidatePerson(
                personId,
                givenNames,
                familyName,
                dateOfBirth,
                postcode,
                nhsNumber,
                nationalInsuranceNumber,
                uniquePupilNumber,
                previousNames);
    }

    /** The lookup keys this person is filed under. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        currentWords().forEach(word -> keys.addAll(NameMatching.keysOf(word)));
        previousWords().forEach(word -> keys.addAll(NameMatching.keysOf(word)));
        keys.add(dobKey(dateOfBirth));
        keys.add(yearKey(dateOfBirth.getYear()));
        if (postcode != null) {
            keys.add(Postcodes.postcodeKey(postcode));
            keys.add(Postcodes.sectorKey(postcode));
        }
        keys.addAll(identifierKeys(nhsNumber, nationalInsuranceNumber, uniquePupilNumber));
        return keys;
    }

    /**
     * What a key holds about the person to rank them without reading them: the words of their name,
     * family name first, then a bar and the words of their previous names ("smith jon|smyth").
     */
    String filing() {
        return String.join(" ", currentWords()) + "|" + String.join(" ", previousWords());
    }

    List<String> currentWords() {
        Set<String> words = new LinkedHashSet<>(NameMatching.words(familyName));
        words.addAll(NameMatching.words(givenNames));
        return List.copyOf(words);
    }

    private List<String> previousWords() {
        Set<String> words = new LinkedHashSet<>();
        previousNames.forEach(name -> words.addAll(NameMatching.words(name)));
        words.removeAll(currentWords());
        return List.copyOf(words);
    }

    String fullName() {
        return givenNames + " " + familyName;
    }

    /** The keys of the identifiers given (each names one person), the absent ones left out. */
    static List<String> identifierKeys(String nhsNumber, String nationalInsuranceNumber, String uniquePupilNumber) {
        List<String> keys = new ArrayList<>();
        if (nhsNumber != null) {
            keys.add(nhsKey(nhsNumber));
        }
        if (nationalInsuranceNumber != null) {
            keys.add(ninoKey(nationalInsuranceNumber));
        }
        if (uniquePupilNumber != null) {
            keys.add(upnKey(uniquePupilNumber));
        }
        return keys;
    }

    static String nhsKey(String nhsNumber) {
        return "nhs:" + nhsNumber;
    }

    static String ninoKey(String nationalInsuranceNumber) {
        return "nino:" + nationalInsuranceNumber;
    }

    static String upnKey(String uniquePupilNumber) {
        return "upn:" + uniquePupilNumber;
    }

    static String dobKey(LocalDate dateOfBirth) {
        return "dob:" + Objects.requireNonNull(dateOfBirth);
    }

    static String yearKey(int year) {
        return "dobyear:" + year;
    }

    /** Lower case letters only, accents removed: "O'Brien-Smith" and "obriensmith" match. */
    static String normalise(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
