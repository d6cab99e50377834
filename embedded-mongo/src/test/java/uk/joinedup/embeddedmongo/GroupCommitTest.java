package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Callers at the same time share a flush, and nobody returns on a flush that began before they asked. */
class GroupCommitTest {

    @Test
    void twelveCallersAtOnceShareAFewFlushesAndEachWaitsForOneThatBeganAfterItAsked() throws Exception {
        List<long[]> flushes = new CopyOnWriteArrayList<>();
        GroupCommit group = new GroupCommit(() -> {
            long started = System.nanoTime();
            sleep(30);
            flushes.add(new long[] {started, System.nanoTime()});
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(12);
        List<Future<long[]>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(callers.submit(() -> {
                start.await();
                long asked = System.nanoTime();
                group.awaitFlush();
                return new long[] {asked, System.nanoTime()};
            }));
        }
        start.countDown();
        for (Future<long[]> call : calls) {
            long asked = call.get()[0];
            long returned = call.get()[1];
            assertThat(flushes)
                    .as("a flush that began after the caller asked and ended before it returned")
                    .anyMatch(flush -> flush[0] > asked && flush[1] <= returned);
        }
        callers.shutdown();
        assertThat(flushes).as("flushes for 12 callers").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aCallerWhoseFlushFailsIsToldAndTheNextCallerFlushesAgain() {
        AtomicInteger flushes = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (flushes.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThatThrownBy(group::awaitFlush).hasMessage("disk full");
        group.awaitFlush();

        assertThat(flushes).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
