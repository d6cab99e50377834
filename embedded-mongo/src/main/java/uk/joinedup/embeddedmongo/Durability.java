package uk.joinedup.embeddedmongo;

/**
 * Makes every write acknowledged so far survive a crash of this process. The embedded H2 store keeps
 * about a second of writes in memory until committed; a real replica set is written with {@code
 * w: majority}, so there this does nothing.
 */
public interface Durability {

    void commit();
}
