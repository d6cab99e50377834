package uk.joinedup.caseservice.infrastructure.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.bson.Document;

/**
 * One collection's writes held by a {@link WriteBatch}: records saved or deleted whole, the last of each
 * record's kept, and updates in place and deletes on a condition ({@link DocumentCollection#deleteIfEmpty}) in the
 * order they were made. A record is never both: the collection writes what it holds before a record saved whole is
 * updated in place, or the reverse.
 */
final class PendingWrites {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> stamps;
    private final MongoDocuments documents;
    private final ConvertedRecords<Object> converted;
    private final BiConsumer<String, RuntimeException> failed;

    /** Each record saved (or {@link Optional#empty()} if deleted) since the last write, by id. */
    private final Map<String, Optional<Object>> records = new LinkedHashMap<>();

    /** Updates in place and conditional deletes ({@link #deleteIf}), in the order they were made. */
    private final List<WriteModel<Document>> updates = new ArrayList<>();

    /** The position in {@link #updates} of each record's last update, by id. */
    private final Map<String, Integer> lastUpdateOf = new HashMap<>();

    @SuppressWarnings("unchecked")
    PendingWrites(
            MongoCollection<Document> collection,
            MongoCollection<Document> stamps,
            MongoDocuments documents,
            ConvertedRecords<?> converted,
            BiConsumer<String, RuntimeException> failed) {
        this.collection = collection;
        this.stamps = stamps;
        this.documents = documents;
        this.converted = (ConvertedRecords<Object>) converted;
        this.failed = failed;
    }

    boolean isEmpty() {
        return records.isEmpty() && updates.isEmpty();
    }

    /** Whether the record of this id was saved or deleted whole since the last write. */
    boolean holdsWhole(String id) {
        return records.containsKey(id);
    }

    /** The record of this id as saved since the last write: empty if it was deleted. */
    Optional<Object> whole(String id) {
        return records.get(id);
    }

    /** Whether the record of this id was updated in place since the last write. */
    boolean holdsUpdatesOf(String id) {
        return lastUpdateOf.containsKey(id);
    }

    void save(String id, Object record) {
        if (holdsUpdatesOf(id)) {
            write();
        }
        records.put(id, Optional.of(record));
    }

    void delete(String id) {
        if (holdsUpdatesOf(id)) {
            write();
        }
        records.put(id, Optional.empty());
    }

    /**
     * Holds an update of one record, merged into the record's last update when the two change different fields
     * (a batch filing many people under one key then rewrites the key's document once).
     */
    void update(String id, UpdateOneModel<Document> update) {
        if (records.containsKey(id)) {
            write();
        }
        Integer last = lastUpdateOf.get(id);
        Optional<UpdateOneModel<Document>> merged =
                last != null && updates.get(last) instanceof UpdateOneModel<Document> previous
                        ? UpdateMerge.of(previous, update)
                        : Optional.empty();
        if (merged.isPresent()) {
            updates.set(last, merged.get());
        } else {
            lastUpdateOf.put(id, updates.size());
            updates.add(update);
        }
    }

    /**
     * Holds a delete of one record made only if it still matches the filter when the batch is written, in order
     * with the record's updates; nothing is merged into it.
     */
    void deleteIf(String id, DeleteOneModel<Document> delete) {
        if (records.containsKey(id)) {
            write();
        }
        lastUpdateOf.put(id, updates.size());
        updates.add(delete);
    }

    /** Forgets what is held: every record of the collection is being deleted. */
    void discard() {
        records.clear();
        updates.clear();
        lastUpdateOf.clear();
    }

    /**
     * Writes what is held, in one request for the records (and one for their stamps) and one for the updates.
     * A write the store refuses is skipped and reported, with the collection's name; the others are written.
     */
    void write() {
        if (isEmpty()) {
            return;
        }
        Map<String, Document> saved = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        List<WriteModel<Document>> writes = new ArrayList<>();
        records.forEach((id, record) -> {
            ids.add(id);
            if (record.isPresent()) {
                Document document = documents.toDocument(record.get());
                saved.put(id, document);
                writes.add(new ReplaceOneModel<>(byId(id), document, UPSERT));
            } else {
                writes.add(new DeleteOneModel<>(byId(id)));
            }
        });
        Set<Integer> refused = writeAll(collection, writes);
        if (stamps != null) {
            List<WriteModel<Document>> stamping = new ArrayList<>();
            for (int at = 0; at < ids.size(); at++) {
                String id = ids.get(at);
                Document document = saved.get(id);
                if (refused.contains(at)) {
                    continue;
                }
                stamping.add(
                        document == null
                                ? new DeleteOneModel<>(byId(id))
                                : new ReplaceOneModel<>(
                                        byId(id),
                                        new Document("_id", id)
                                                .append(
                                                        ConvertedRecords.VERSION,
                                                        document.get(ConvertedRecords.VERSION)),
                                        UPSERT));
            }
            writeAll(stamps, stamping);
            for (int at = 0; at < ids.size(); at++) {
                String id = ids.get(at);
                if (saved.containsKey(id) && !refused.contains(at)) {
                    converted.remember(id, saved.get(id), records.get(id).orElseThrow());
                }
            }
        }
        writeAll(collection, List.copyOf(updates));
        discard();
    }

    /**
     * Writes in order, in one request; a write refused is skipped (the store stops an ordered request at it)
     * and those after it are sent again.
     *
     * @return the positions of the writes refused
     */
    private Set<Integer> writeAll(MongoCollection<Document> to, List<? extends WriteModel<Document>> writes) {
        Set<Integer> refused = new HashSet<>();
        int from = 0;
        while (from < writes.size()) {
            try {
                to.bulkWrite(writes.subList(from, writes.size()));
                return refused;
            } catch (MongoBulkWriteException e) {
                int at = from + e.getWriteErrors().get(0).getIndex();
                refused.add(at);
                failed.accept(to.getNamespace().getCollectionName(), e);
                from = at + 1;
            }
        }
        return refused;
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }
}
