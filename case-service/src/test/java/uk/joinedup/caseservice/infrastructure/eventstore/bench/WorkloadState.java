package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * What a workload has created so far: the aggregates commands and events can refer to, and for bulk
 * histories the next sequence number of each. Each bulk thread owns its state; the gateway workload
 * shares one.
 */
final class WorkloadState {

    private final List<Subject> people = new ArrayList<>();
    private final List<Subject> families = new ArrayList<>();
    private final Set<String> memberships = new HashSet<>();

    synchronized void registeredPerson(String personId) {
        people.add(new Subject(personId, new AtomicLong(1)));
    }

    synchronized void registeredFamily(String familyId) {
        families.add(new Subject(familyId, new AtomicLong(1)));
    }

    /** A registered person, favouring recent ones: caseloads are busier than archives. */
    synchronized Subject somePerson(RandomGenerator random) {
        return someOf(people, random);
    }

    /** A household and a person not yet in it, reserved so that no other sender adds them twice. */
    synchronized Optional<Membership> newMembership(RandomGenerator random) {
        Subject family = someOf(families, random);
        Subject person = someOf(people, random);
        if (family == null || person == null || !memberships.add(family.id() + "/" + person.id())) {
            return Optional.empty();
        }
        return Optional.of(new Membership(family, person.id()));
    }

    private static Subject someOf(List<Subject> subjects, RandomGenerator random) {
        if (subjects.isEmpty()) {
            return null;
        }
        int size = subjects.size();
        int recentHalf = Math.max(1, size / 2);
        int index = random.nextInt(4) == 0 ? random.nextInt(size) : size - 1 - random.nextInt(recentHalf);
        return subjects.get(index);
    }

    /** An aggregate and the sequence number its next bulk event gets. */
    record Subject(String id, AtomicLong nextSequence) {}

    /** A person about to join a household. */
    record Membership(Subject family, String personId) {}
}
