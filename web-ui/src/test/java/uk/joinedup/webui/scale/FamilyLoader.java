package uk.joinedup.webui.scale;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads families through case-service's public API with concurrent loaders, as a keyworker and their team
 * manager would: the keyworker registers the family and its four people, adds them to the household and
 * refers the family; the manager accepts the referral, which opens the case and puts the keyworker on the
 * team (so every family is on the keyworker's caseload and the team's). A decision sends the version the
 * loader expects; on a 409 it reads the family's version and sends again.
 */
final class FamilyLoader {

    static final String KEYWORKER = "sam.patel";

    private final Api keyworker;
    private final Api manager;
    private final int loaders;
    private final AtomicInteger familiesLoaded = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger conflicts = new AtomicInteger();

    /** A family loaded: its id and its people's ids. */
    record Loaded(String familyId, List<String> people) {}

    FamilyLoader(Api keyworker, Api manager, int loaders) {
        this.keyworker = keyworker;
        this.manager = manager;
        this.loaders = loaders;
    }

    int familiesLoaded() {
        return familiesLoaded.get();
    }

    long requests() {
        return requests.get();
    }

    int conflicts() {
        return conflicts.get();
    }

    /** Loads families 0 to {@code count - 1}; their ids in that order. */
    List<Loaded> load(int count) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        try {
            List<Future<Loaded>> futures = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                int family = n;
                futures.add(pool.submit(() -> loadFamily(family)));
            }
            List<Loaded> loaded = new ArrayList<>();
            for (Future<Loaded> future : futures) {
                loaded.add(future.get());
            }
            return loaded;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading stopped: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Records {@code count} case notes on the family's people, spread over the past three years. */
    void recordCaseNotes(Loaded family, int count) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        try {
            List<Future<?>> futures = new ArrayList<>();
            LocalDate today = LocalDate.now();
            for (int n = 0; n < count; n++) {
                String person = family.people().get(n % family.people().size());
                LocalDate occurredOn = today.minusDays(count - n > 1000 ? 1000 : count - n);
                String text = "Case note " + (n + 1) + " of " + count + ": home visit, plan discussed.";
                futures.add(pool.submit(() -> {
                    recordCaseNote(keyworker, person, occurredOn, text);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Recording case notes stopped: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One case note through the API: POST /api/people/{id}/facts. */
    static void recordCaseNote(Api as, String person, LocalDate occurredOn, String text)
            throws IOException, InterruptedException {
        as.ok(
                "/api/people/" + person + "/facts",
                Map.of("occurredOn", occurredOn.toString(), "fact", Map.of("type", "CaseNoteWritten", "text", text)));
    }

    private Loaded loadFamily(int n) throws IOException, InterruptedException {
        String today = LocalDate.now().toString();
        String familyId = post(keyworker, "/api/families", Map.of("name", Households.surname(n) + " family " + n));
        long version = 0;
        List<String> people = new ArrayList<>();
        for (int member = 0; member < Households.PEOPLE_PER_FAMILY; member++) {
            people.add(post(keyworker, "/api/people", Households.person(n, member)));
        }
        for (int member = 0; member < people.size(); member++) {
            String person = people.get(member);
            String relationship = Households.relationship(member);
            version = decide(
                    keyworker,
                    familyId,
                    "/members",
                    version,
                    expected -> Map.of(
                            "personId",
                            person,
                            "relationship",
                            relationship,
                            "joinedOn",
                            today,
                            "expectedVersion",
                            expected));
        }
        String referral = post(
                keyworker,
                "/api/families/" + familyId + "/referrals",
                Map.of(
                        "reason",
                        "School absence and rent arrears",
                        "riskFactors",
                        List.of("SCHOOL_ABSENCE_OR_EXCLUSION", "HOUSING_AT_RISK"),
                        "receivedOn",
                        today));
        version++;
        decide(
                manager,
                familyId,
                "/referrals/" + referral + "/acceptance",
                version,
                expected -> Map.of(
                        "acceptedOn",
                        today,
                        "allocatedTo",
                        Map.of("username", KEYWORKER),
                        "expectedVersion",
                        expected));
        familiesLoaded.incrementAndGet();
        return new Loaded(familyId, Collections.unmodifiableList(people));
    }

    private String post(Api as, String path, Object body) throws IOException, InterruptedException {
        requests.incrementAndGet();
        return as.ok(path, body);
    }

    /** A change that carries the version seen; the version after it (as far as the loader knows). */
    private long decide(Api as, String familyId, String change, long version, Versioned body)
            throws IOException, InterruptedException {
        String path = "/api/families/" + familyId + change;
        try {
            post(as, path, body.with(version));
            return version + 1;
        } catch (Api.RefusedRequest refused) {
            if (refused.status != 409) {
                throw refused;
            }
            conflicts.incrementAndGet();
            long current = as.versionOf(familyId);
            post(as, path, body.with(current));
            return current + 1;
        }
    }

    @FunctionalInterface
    private interface Versioned {
        Map<String, Object> with(long expectedVersion);
    }
}
