package uk.joinedup.embeddedmongo;

/**
 * Makes every write acknowledged so far survive a crash of this process or of the machine. On the
 * embedded store a write is answered once it is in memory; {@link #commit()} returns once it is in the
 * H2 file and the file is forced to the disk (callers at the same time share one flush). Writes nobody
 * commits are committed on a schedule. A real replica set is written with {@code w: majority}, so
 * there this does nothing.
 */
public interface Durability {

    void commit();
}
