package uk.joinedup.embeddedmongo;

import org.h2.mvstore.MVStore;

/**
 * Keeps the H2 file near the size of its live data while it is written.
 *
 * <p>Every durable commit writes a new chunk holding the pages it changed. A chunk is freed once none
 * of its pages is live any more, but a chunk that still holds one live page (a full leaf of the event
 * log, an index leaf no later write touched) stays whole: without rewriting those pages the file grew
 * by about 13 KB per durable commit of a 900-byte document. H2's background writer did this
 * housekeeping; it is off (see {@link EmbeddedMongoServer}), so the flush does it: before every
 * {@value #COMMITS_BETWEEN}th commit, if the chunks hold less than {@value #TARGET_FILL_RATE}% live data,
 * the live pages of up to {@value #REWRITE_BYTES} bytes of the emptiest chunks are marked for
 * rewriting. The commit that follows writes them into its own chunk, makes it durable with everything
 * else, and the emptied chunks are freed (once older than the retention time) and their space reused.
 * Nothing is acknowledged from, or overwritten before, a chunk that is not yet forced to the disk.
 */
final class FileCompaction {

    static final int COMMITS_BETWEEN = 32;
    static final int TARGET_FILL_RATE = 80;
    static final int REWRITE_BYTES = 1 << 20;

    private final MVStore store;
    private int commitsSinceCompaction;

    FileCompaction(MVStore store) {
        this.store = store;
    }

    /** Runs in the flush, before the commit, under the group commit (one flush at a time). */
    void beforeCommit() {
        if (store.getFileStore() != null && ++commitsSinceCompaction >= COMMITS_BETWEEN) {
            commitsSinceCompaction = 0;
            store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
        }
    }
}
