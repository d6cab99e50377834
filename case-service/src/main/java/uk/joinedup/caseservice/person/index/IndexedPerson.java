package uk.joinedup.caseservice.person.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;

/** What the index keeps about a person: enough to match them, and the keys they are filed under. */
record IndexedPerson(
        @JsonProperty("_id") String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String nhsNumber,
        String nationalInsuranceNumber,
        String uniquePupilNumber) {

    static IndexedPerson of(String personId, PersonDetails details) {
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
                ids.uniquePupilNumber() != null ? ids.uniquePupilNumber().value() : null);
    }

    /** The lookup keys this person is filed under. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(surnameKey(familyName));
        keys.add(dobKey(dateOfBirth));
        if (nhsNumber != null) {
            keys.add("nhs:" + nhsNumber);
        }
        if (nationalInsuranceNumber != null) {
            keys.add("nino:" + nationalInsuranceNumber);
        }
        if (uniquePupilNumber != null) {
            keys.add("upn:" + uniquePupilNumber);
        }
        return keys;
    }

    String fullName() {
        return givenNames + " " + familyName;
    }

    static String surnameKey(String familyName) {
        return "surname:" + normalise(familyName);
    }

    static String dobKey(LocalDate dateOfBirth) {
        return "dob:" + Objects.requireNonNull(dateOfBirth);
    }

    /** Lower case letters only, accents removed: "O'Brien-Smith" and "obriensmith" match. */
    static String normalise(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
