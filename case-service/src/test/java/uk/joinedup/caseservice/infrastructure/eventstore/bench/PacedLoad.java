package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends commands through the command gateway at a fixed rate, whether or not earlier ones have
 * finished (an open loop), and times each from when it was due, so queueing counts against latency.
 */
final class PacedLoad {

    private final CommandGateway gateway;
    private final Workload workload;
    private final WorkloadState state;

    PacedLoad(CommandGateway gateway, Workload workload, WorkloadState state) {
        this.gateway = gateway;
        this.workload = workload;
        this.state = state;
    }

    record Result(Latencies latencies, double commandsPerSecond, int succeeded, int failures) {}

    Result run(int commandsPerSecond, Duration duration) throws InterruptedException {
        int total = (int) (commandsPerSecond * duration.toSeconds());
        long interval = TimeUnit.SECONDS.toNanos(1) / commandsPerSecond;
        Latencies latencies = new Latencies();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        for (int command = 0; command < total; command++) {
            long due = start + command * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            senders.execute(() -> send(due, latencies, failures));
        }
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(latencies, total / seconds, total - failures.get(), failures.get());
    }

    /** Sends {@code count} commands back to back from a few threads; returns how many succeeded. */
    int runClosedLoop(int count, int threads) throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        AtomicInteger failures = new AtomicInteger();
        for (int command = 0; command < count; command++) {
            senders.execute(() -> send(System.nanoTime(), new Latencies(), failures));
        }
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.MINUTES);
        return count - failures.get();
    }

    private void send(long due, Latencies latencies, AtomicInteger failures) {
        Workload.Next next = workload.nextCommand(state, ThreadLocalRandom.current());
        try {
            gateway.sendAndWait(next.command());
            next.succeeded(state);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
        latencies.add(System.nanoTime() - due);
    }
}
