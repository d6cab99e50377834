package uk.joinedup.caseservice.views.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.joinedup.caseservice.family.api.Relationship;

/**
 * Households assembled from the data where no family is registered (ADR 29): among the people at one address,
 * those joined by a parent named on a child's record ({@code ParentRecorded}, not retracted) with both at the
 * address; each group of two or more so joined is a household, unless all of them are already members of one
 * family together. Pure: the records are passed in.
 */
final class Households {

    private Households() {}

    /**
     * @param atAddress the people at one address
     * @param familiesOf each person's current families, by person id (none if absent)
     * @return the households, each its members' roles by person id, in person-id order
     */
    static List<Map<String, Relationship>> at(
            Collection<IdentifiedPerson> atAddress, Map<String, Set<String>> familiesOf) {
        Map<String, IdentifiedPerson> here = new TreeMap<>();
        atAddress.forEach(person -> here.put(person.personId(), person));
        Map<String, String> group = new HashMap<>();
        here.keySet().forEach(id -> group.put(id, id));
        Set<String> parents = new HashSet<>();
        Set<String> children = new HashSet<>();
        for (IdentifiedPerson child : here.values()) {
            for (String parent : child.parentIds()) {
                if (here.containsKey(parent) && !parent.equals(child.personId())) {
                    join(group, child.personId(), parent);
                    parents.add(parent);
                    children.add(child.personId());
                }
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : here.keySet()) {
            if (parents.contains(id) || children.contains(id)) {
                groups.computeIfAbsent(root(group, id), any -> new ArrayList<>())
                        .add(id);
            }
        }
        List<Map<String, Relationship>> households = new ArrayList<>();
        for (List<String> members : groups.values()) {
            if (members.size() < 2 || togetherInAFamily(members, familiesOf)) {
                continue;
            }
            Map<String, Relationship> roles = new LinkedHashMap<>();
            members.forEach(id -> roles.put(id, parents.contains(id) ? Relationship.PARENT : Relationship.CHILD));
            households.add(roles);
        }
        return households;
    }

    private static boolean togetherInAFamily(List<String> members, Map<String, Set<String>> familiesOf) {
        Set<String> common = new HashSet<>(familiesOf.getOrDefault(members.get(0), Set.of()));
        members.forEach(id -> common.retainAll(familiesOf.getOrDefault(id, Set.of())));
        return !common.isEmpty();
    }

    private static void join(Map<String, String> group, String one, String other) {
        String first = root(group, one);
        String second = root(group, other);
        if (!first.equals(second)) {
            group.put(first.compareTo(second) < 0 ? second : first, first.compareTo(second) < 0 ? first : second);
        }
    }

    private static String root(Map<String, String> group, String id) {
        String at = id;
        while (!group.get(at).equals(at)) {
            at = group.get(at);
        }
        return at;
    }
}
