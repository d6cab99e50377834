package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * What a workload has created so far: the aggregates commands and events can refer to, and for bulk
 * histories the next sequence number of each. Each bulk thread owns its state; the gateway workload
 * shares one.
 */
final class WorkloadState {

    private final List<Subject> people = new ArrayList<>();

    synchronized void registered(String personId) {
        people.add(new Subject(personId, new AtomicLong(1)));
    }

    /** A registered person, favouring recent ones: caseloads are busier than archives. */
    synchronized Subject somePerson(RandomGenerator random) {
        if (people.isEmpty()) {
            return null;
        }
        int size = people.size();
        int recentHalf = Math.max(1, size / 2);
        int index = random.nextInt(4) == 0 ? random.nextInt(size) : size - 1 - random.nextInt(recentHalf);
        return people.get(index);
    }

    synchronized int peopleCount() {
        return people.size();
    }

    /** An aggregate and the sequence number its next bulk event gets. */
    record Subject(String id, AtomicLong nextSequence) {}
}
