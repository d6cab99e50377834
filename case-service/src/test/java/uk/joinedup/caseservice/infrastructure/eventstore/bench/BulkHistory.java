package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Appends a history straight to a storage engine, bypassing the command bus, from many threads at
 * once as many users would: each thread appends one event per commit to people it registered itself.
 * Used for the large-scale figures (replay, restart), which the command gateway could not produce in
 * reasonable time.
 */
final class BulkHistory {

    private final Workload workload;

    BulkHistory(Workload workload) {
        this.workload = workload;
    }

    /** Appends {@code events} events, {@code perCommit} to a commit; returns events per second. */
    double append(EventStorageEngine engine, long events, int threads, int perCommit) throws Exception {
        AtomicLong remaining = new AtomicLong(events);
        ExecutorService appenders = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                work.add(() -> {
                    WorkloadState own = new WorkloadState();
                    long claimed;
                    while ((claimed = Math.min(perCommit, remaining.getAndAdd(-perCommit))) > 0) {
                        List<DomainEventMessage<?>> commit = new ArrayList<>();
                        for (int event = 0; event < claimed; event++) {
                            commit.add(workload.nextEvent(own, ThreadLocalRandom.current()));
                        }
                        engine.appendEvents(commit);
                    }
                    return null;
                });
            }
            for (Future<Void> done : appenders.invokeAll(work)) {
                done.get();
            }
        } finally {
            appenders.shutdown();
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * One person with {@code events} events, registered, then agency facts, appended one by one;
     * {@code afterEvent} runs with the person's id once {@code pauseAfter} events are stored.
     */
    static String appendLongStream(EventStorageEngine engine, int events, int pauseAfter, Consumer<String> afterEvent) {
        WorkloadState state = new WorkloadState();
        DomainEventMessage<?> registered = PersonSteps.registerPerson(1)
                .event()
                .apply(state, ThreadLocalRandom.current())
                .orElseThrow();
        engine.appendEvents(registered);
        WorkloadStep fact = PersonSteps.recordAgencyFact(1);
        for (int event = 1; event < events; event++) {
            if (event == pauseAfter) {
                afterEvent.accept(registered.getAggregateIdentifier());
            }
            engine.appendEvents(
                    fact.event().apply(state, ThreadLocalRandom.current()).orElseThrow());
        }
        return registered.getAggregateIdentifier();
    }
}
