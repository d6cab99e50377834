package uk.joinedup.caseservice.views.identification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person as early identification reads them, keyed by person id and changed only by their own events (so
 * by one segment, in order): who they are, where they live (as an address key), the parents named on their
 * record, and the kind of each of their live facts.
 *
 * @param addressKey their address as {@link AddressKeys#of} makes it, or null without a usable address
 * @param parents the parent each live {@code ParentRecorded} fact names, by fact id
 * @param kinds each live fact's kind (its simple class name), by fact id
 */
record IdentifiedPerson(
        @JsonProperty("_id") String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String addressKey,
        Map<String, String> parents,
        Map<String, String> kinds) {

    IdentifiedPerson {
        parents = parents == null ? Map.of() : Map.copyOf(parents);
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    static IdentifiedPerson nobody(String personId) {
        return new IdentifiedPerson(personId, null, null, null, null, Map.of(), Map.of());
    }

    IdentifiedPerson named(String newGivenNames, String newFamilyName, LocalDate born, String newAddressKey) {
        return new IdentifiedPerson(personId, newGivenNames, newFamilyName, born, newAddressKey, parents, kinds);
    }

    IdentifiedPerson withFact(String factId, String kind, String parent) {
        Map<String, String> changedKinds = new HashMap<>(kinds);
        changedKinds.put(factId, kind);
        Map<String, String> changedParents = new HashMap<>(parents);
        if (parent == null) {
            changedParents.remove(factId);
        } else {
            changedParents.put(factId, parent);
        }
        return new IdentifiedPerson(
                personId, givenNames, familyName, dateOfBirth, addressKey, changedParents, changedKinds);
    }

    IdentifiedPerson withoutFact(String factId) {
        Map<String, String> changedKinds = new HashMap<>(kinds);
        changedKinds.remove(factId);
        Map<String, String> changedParents = new HashMap<>(parents);
        changedParents.remove(factId);
        return new IdentifiedPerson(
                personId, givenNames, familyName, dateOfBirth, addressKey, changedParents, changedKinds);
    }

    /** This person with only the parents named by these facts (those the viewer may see). */
    IdentifiedPerson withParentsOnlyFrom(Set<String> factIds) {
        Map<String, String> kept = new HashMap<>(parents);
        kept.keySet().retainAll(factIds);
        return new IdentifiedPerson(personId, givenNames, familyName, dateOfBirth, addressKey, kept, kinds);
    }

    /** The parents named, each once. */
    Set<String> parentIds() {
        return new TreeSet<>(parents.values());
    }

    /** The kinds of their live facts, each once, as the index of fact holders files them. */
    String kindsText() {
        return String.join(",", new TreeSet<>(kinds.values()));
    }
}
