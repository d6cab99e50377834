package uk.joinedup.embeddedmongo;

/**
 * Lets many threads wait for one flush: a caller returns once a flush that started after it asked has
 * finished. While one flush runs, everyone who asks meanwhile waits for the next, which covers them
 * all, so N concurrent callers cost about two flushes, not N.
 */
final class GroupCommit {

    private final Runnable flush;
    private long requested;
    private long flushedThrough;
    private boolean flushing;

    /** @param flush makes every write finished before it started durable; runs on a caller's thread */
    GroupCommit(Runnable flush) {
        this.flush = flush;
    }

    /** Returns once every write this thread finished before calling is durable; rethrows a failed flush. */
    void awaitFlush() {
        long ticket;
        synchronized (this) {
            ticket = ++requested;
            while (flushedThrough < ticket && flushing) {
                waitForTheFlushInProgress();
            }
            if (flushedThrough >= ticket) {
                return;
            }
            flushing = true;
        }
        // this thread flushes for every ticket handed out so far
        long covers;
        synchronized (this) {
            covers = requested;
        }
        boolean flushed = false;
        try {
            flush.run();
            flushed = true;
        } finally {
            synchronized (this) {
                flushing = false;
                if (flushed) {
                    flushedThrough = Math.max(flushedThrough, covers);
                }
                notifyAll();
            }
        }
    }

    private void waitForTheFlushInProgress() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for writes to reach the disk", e);
        }
    }
}
