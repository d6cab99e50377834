package uk.joinedup.webui.scale;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The made-up families the benchmark loads: family {@code n} has a common surname (a tenth of them
 * Smith, none Smyth), two parents and two children with dates of birth and a Southampton-like postcode
 * varied by {@code n}.
 */
final class Households {

    static final List<String> SURNAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright");
    private static final List<String> ADULT_NAMES =
            List.of("Sarah", "David", "Emma", "James", "Laura", "Daniel", "Kelly", "Mark", "Claire", "Paul", "Gemma");
    private static final List<String> CHILD_NAMES =
            List.of("Olivia", "Noah", "Amelia", "Leo", "Isla", "Oscar", "Ava", "Archie", "Lily", "Jack", "Freya");
    private static final List<String> RELATIONSHIPS = List.of("PARENT", "PARENT", "CHILD", "CHILD");

    static final int PEOPLE_PER_FAMILY = RELATIONSHIPS.size();

    private Households() {}

    static String surname(int family) {
        return SURNAMES.get(family % SURNAMES.size());
    }

    static String relationship(int member) {
        return RELATIONSHIPS.get(member);
    }

    /** The registration of member {@code member} (0-3) of family {@code family}. */
    static Map<String, Object> person(int family, int member) {
        boolean adult = member < 2;
        List<String> names = adult ? ADULT_NAMES : CHILD_NAMES;
        LocalDate born = adult
                ? LocalDate.of(1978, 1, 1).plusDays((family * 97L + member * 211L) % 6000)
                : LocalDate.of(2010, 1, 1).plusDays((family * 89L + member * 173L) % 4000);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("givenNames", names.get((family + member * 5) % names.size()));
        person.put("familyName", surname(family));
        person.put("dateOfBirth", born.toString());
        person.put("sexOrGender", member % 2 == 0 ? "FEMALE" : "MALE");
        person.put(
                "address",
                Map.of(
                        "line1", (family % 200 + 1) + " Scale Street",
                        "town", "Southampton",
                        "postcode", "SO" + (14 + family % 6) + " " + (family % 10) + "AB"));
        return person;
    }
}
