package uk.joinedup.caseservice.imports.job;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the request thread, one at a time in the order they were asked for, each recording
 * several rows at once. When the service starts it carries on with the imports that were running when it
 * stopped: a dry run starts again (it kept nothing), an import carries on from the part it had reached.
 */
@Component
class ImportRunner {

    /** Rows recorded at once: enough for the event store to write them in one commit together. */
    static final int ROWS_AT_ONCE = Integer.getInteger("joinedup.imports.rows-at-once", 32);

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportStore store;
    private final DryRun dryRun;
    private final ImportRun importRun;
    private final Clock clock;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(named("import"));
    private final ExecutorService rows = Executors.newFixedThreadPool(ROWS_AT_ONCE, named("import-rows"));

    ImportRunner(ImportStore store, DryRun dryRun, ImportRun importRun, Clock clock) {
        this.store = store;
        this.dryRun = dryRun;
        this.importRun = importRun;
        this.clock = clock;
    }

    void submit(String importId) {
        jobs.submit(() -> run(importId));
    }

    @EventListener(ApplicationReadyEvent.class)
    void carryOn() {
        for (ImportJob job : store.running()) {
            store.save(
                    job.status() == ImportStatus.CHECKING
                            ? job.checkingAgain(clock.instant())
                            : job.resumed(clock.instant()));
            LOG.info("Carrying on with import {} ({}) after a restart", job.importId(), job.status());
            submit(job.importId());
        }
    }

    private void run(String importId) {
        ImportJob job = store.job(importId).orElseThrow();
        try {
            if (job.status() == ImportStatus.CHECKING) {
                dryRun.run(job);
                store.finished(importId);
            } else if (job.status() == ImportStatus.IMPORTING) {
                importRun.run(job, rows);
                store.finished(importId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the service is stopping: the job carries on when it starts
        } catch (RuntimeException e) {
            // no personal data: the kind of failure only; the job stays running and carries on at the next start
            LOG.error(
                    "Import {} stopped ({}); it carries on when the service next starts",
                    importId,
                    e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        jobs.shutdownNow();
        rows.shutdownNow();
        jobs.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
