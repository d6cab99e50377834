package uk.joinedup.webui.scale;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The measured period: readers browse the scenarios in turn (each reader starting at a different one) as
 * fast as answers come, while writers record case notes on people of the loaded families; every request
 * timed. A reader's request counts only when answered 200 (a redirect to sign in is an error).
 */
final class Workload {

    private final String webUrl;
    private final Map<Scenario.Actor, Browser> pages;
    private final Map<Scenario.Actor, Api> apis;
    private final String busyFamily;
    private final List<FamilyLoader.Loaded> families;

    private final Map<Scenario, Latencies> reads = new EnumMap<>(Scenario.class);
    private final Latencies writes = new Latencies();
    private double seconds;

    Workload(
            String webUrl,
            Map<Scenario.Actor, Browser> pages,
            Map<Scenario.Actor, Api> apis,
            String busyFamily,
            List<FamilyLoader.Loaded> families) {
        this.webUrl = webUrl;
        this.pages = pages;
        this.apis = apis;
        this.busyFamily = busyFamily;
        this.families = families;
    }

    /** One request of the scenario: its status and the bytes of its answer. */
    HttpResponse<byte[]> ask(Scenario scenario) throws Exception {
        String path = scenario.path(busyFamily, someFamily().familyId());
        return switch (scenario.channel) {
            case HTML -> {
                Browser browser = pages.get(scenario.actor);
                if (browser == null) {
                    throw new IllegalStateException("not signed in to web-ui");
                }
                yield browser.getOnce(webUrl + path);
            }
            case API -> apis.get(scenario.actor).get(path);
        };
    }

    void run(List<Scenario> scenarios, int readers, int writers, Duration period) throws InterruptedException {
        scenarios.forEach(scenario -> reads.put(scenario, new Latencies()));
        long started = System.nanoTime();
        long deadline = started + period.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int first = r;
            threads.add(started(new Thread(() -> read(scenarios, first, deadline), "reader-" + r)));
        }
        for (int w = 0; w < writers; w++) {
            threads.add(started(new Thread(() -> write(deadline), "writer-" + w)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        seconds = (System.nanoTime() - started) / 1e9;
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    Map<Scenario, Latencies> reads() {
        return reads;
    }

    Latencies writes() {
        return writes;
    }

    double seconds() {
        return seconds;
    }

    private void read(List<Scenario> scenarios, int first, long deadline) {
        for (int turn = first; System.nanoTime() < deadline; turn++) {
            Scenario scenario = scenarios.get(turn % scenarios.size());
            Latencies latencies = reads.get(scenario);
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = ask(scenario);
                if (response.statusCode() == 200) {
                    latencies.add(System.nanoTime() - start, response.body().length);
                } else {
                    latencies.failed("status " + response.statusCode());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                latencies.failed(e.getClass().getSimpleName());
            }
        }
    }

    private void write(long deadline) {
        Api keyworker = apis.get(Scenario.Actor.KEYWORKER);
        for (int n = 0; System.nanoTime() < deadline; n++) {
            List<String> people = someFamily().people();
            String person = people.get(ThreadLocalRandom.current().nextInt(people.size()));
            long start = System.nanoTime();
            try {
                FamilyLoader.recordCaseNote(
                        keyworker, person, LocalDate.now(), "Benchmark case note " + n + ": phone call, all well.");
                writes.add(System.nanoTime() - start, 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Api.RefusedRequest e) {
                writes.failed("status " + e.status);
            } catch (Exception e) {
                writes.failed(e.getClass().getSimpleName());
            }
        }
    }

    private FamilyLoader.Loaded someFamily() {
        return families.get(ThreadLocalRandom.current().nextInt(families.size()));
    }
}
