package uk.joinedup.embeddedmongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the H2 maps that hold mongo-java-server's unique indexes: H2's own {@link
 * ObjectDataType} in every respect but the cost of comparing two keys.
 *
 * <p>An index key ({@link KeyValue}) is not {@link Comparable}, so {@code ObjectDataType} orders two of
 * them by their Java-serialised bytes and serialises both at every comparison: at each step of every
 * lookup and insert, and for every key of every page it rewrites. Profiled, that was a third of the CPU
 * a command costs on the embedded store. This type orders keys by exactly the same bytes, so a file
 * written with either type is read correctly with the other, but serialises each key object once and
 * keeps its bytes for as long as the object is in memory: weakly, and by identity, since two equal keys
 * may serialise differently (a document's fields in another order). A page's keys stay in memory while
 * the page is cached, so most comparisons serialise nothing.
 */
final class IndexKeyType extends ObjectDataType {

    private static final Cache<KeyValue, byte[]> SERIALISED =
            Caffeine.newBuilder().weakKeys().build();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            return first == second ? 0 : compareNotNull(serialised(first), serialised(second));
        }
        return super.compare(a, b);
    }

    private static byte[] serialised(KeyValue key) {
        return SERIALISED.get(key, ObjectDataType::serialize);
    }
}
