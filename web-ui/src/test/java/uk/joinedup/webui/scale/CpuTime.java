package uk.joinedup.webui.scale;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The processor time each service has used, from the operating system's account of its process: read
 * before and after the measured period, the difference is what the period cost, whatever else the
 * machine was doing (unlike latencies, which a busy machine inflates).
 */
final class CpuTime {

    private final Map<String, Long> processIds;
    private final Map<String, Duration> atStart;

    private CpuTime(Map<String, Long> processIds) {
        this.processIds = processIds;
        this.atStart = now(processIds);
    }

    /** Starts counting each service's processor time from now. */
    static CpuTime from(Map<String, Long> processIds) {
        return new CpuTime(processIds);
    }

    /** The processor seconds each service used since {@link #from}. */
    Map<String, Double> secondsSinceStart() {
        Map<String, Double> used = new LinkedHashMap<>();
        now(processIds)
                .forEach((service, total) ->
                        used.put(service, total.minus(atStart.get(service)).toMillis() / 1000.0));
        return used;
    }

    private static Map<String, Duration> now(Map<String, Long> processIds) {
        Map<String, Duration> totals = new LinkedHashMap<>();
        processIds.forEach((service, pid) -> totals.put(
                service,
                ProcessHandle.of(pid)
                        .flatMap(process -> process.info().totalCpuDuration())
                        .orElseThrow(() -> new IllegalStateException("No processor time for " + service))));
        return totals;
    }
}
