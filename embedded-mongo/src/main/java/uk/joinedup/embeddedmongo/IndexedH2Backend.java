package uk.joinedup.embeddedmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with {@link IndexKeyType} as the key type of every unique index's map.
 * The backend opens its maps with H2's default types, and H2 hands out a map already open as it is;
 * so the index maps already in the file are opened with the faster type before the backend starts
 * ({@link #open}), and the map of an index created later just before the backend creates the index.
 */
final class IndexedH2Backend extends H2Backend {

    /** How mongo-java-server's H2 backend names an index's map: {@code <db>.<collection>._index_<index>}. */
    private static final String INDEX_MAP = "._index_";

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    static IndexedH2Backend open(MVStore store) {
        store.getMapNames().stream()
                .filter(name -> name.contains(INDEX_MAP))
                .forEach(name -> openIndexMap(store, name));
        return new IndexedH2Backend(store);
    }

    private static void openIndexMap(MVStore store, String name) {
        store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** Opens an index's map with the faster key type before the backend opens it. */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            openIndexMap(getMvStore(), getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
