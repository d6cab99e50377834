package uk.joinedup.webui.scale;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Durations (and response sizes) recorded by many threads, summarised as nearest-rank percentiles. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private long bytes;
    private int failures;
    private final Map<String, Integer> failureReasons = new TreeMap<>();

    synchronized void add(long durationNanos, long responseBytes) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
        bytes += responseBytes;
    }

    /** A request that failed: {@code reason} is its status or the exception's class (a timeout, say). */
    synchronized void failed(String reason) {
        failures++;
        failureReasons.merge(reason, 1, Integer::sum);
    }

    synchronized Map<String, Integer> failureReasons() {
        return new TreeMap<>(failureReasons);
    }

    synchronized int count() {
        return count;
    }

    synchronized int failures() {
        return failures;
    }

    synchronized long meanBytes() {
        return count == 0 ? 0 : bytes / count;
    }

    /** The {@code percentile}th percentile (0-100), nearest rank, in milliseconds, to a tenth. */
    synchronized double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return Math.round(sorted[Math.max(0, rank - 1)] / 100_000.0) / 10.0;
    }
}
