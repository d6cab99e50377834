package uk.joinedup.webui.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each service's heap in use, sampled every second by the JDK's {@code jstat -gc} (one long-running
 * process per service, cheap beside an attach per sample): survivor, eden and old generation used. The
 * largest sample is kept; garbage not yet collected counts, so it is an upper bound on the live data.
 */
final class HeapSampler implements AutoCloseable {

    private static final List<String> USED_COLUMNS = List.of("S0U", "S1U", "EU", "OU");

    private final Map<String, Long> maxKilobytes = new ConcurrentHashMap<>();
    private final Map<String, Long> lastKilobytes = new ConcurrentHashMap<>();
    private final List<Process> samplers = new ArrayList<>();

    HeapSampler(Map<String, Long> processIds) {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        processIds.forEach((service, pid) -> {
            try {
                Process process = new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(pid), "1000")
                        .redirectErrorStream(true)
                        .start();
                samplers.add(process);
                Thread reader = new Thread(() -> read(service, process), "heap-" + service);
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start jstat for " + service, e);
            }
        });
    }

    /** The largest heap in use seen per service, in MB. */
    Map<String, Long> maxMegabytes() {
        Map<String, Long> megabytes = new LinkedHashMap<>();
        maxKilobytes.forEach((service, kilobytes) -> megabytes.put(service, kilobytes / 1024));
        return megabytes;
    }

    /** The heap in use per service at the last sample, in MB. */
    Map<String, Long> lastMegabytes() {
        Map<String, Long> megabytes = new LinkedHashMap<>();
        lastKilobytes.forEach((service, kilobytes) -> megabytes.put(service, kilobytes / 1024));
        return megabytes;
    }

    private void read(String service, Process process) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            List<String> header = null;
            String line;
            while ((line = lines.readLine()) != null) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 0 && fields[0].equals("S0C")) {
                    header = Arrays.asList(fields);
                } else if (header != null && fields.length == header.size()) {
                    double used = 0;
                    for (String column : USED_COLUMNS) {
                        used += Double.parseDouble(fields[header.indexOf(column)]);
                    }
                    long kilobytes = (long) used;
                    lastKilobytes.put(service, kilobytes);
                    maxKilobytes.merge(service, kilobytes, Math::max);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the service or jstat stopped: keep what was sampled
        }
    }

    @Override
    public void close() {
        samplers.forEach(Process::destroy);
    }
}
