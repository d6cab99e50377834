package uk.joinedup.caseservice.infrastructure.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * A collection of read-model records, each stored as one document keyed by the id it is fetched by.
 * Every operation is an {@code _id} lookup (or {@code $in} of ids): the fast path on every store.
 */
public final class DocumentCollection<T> {

    /**
     * Ids per {@code $in}: the embedded server finds the documents by index, then compares each with every id
     * of the list, so a read of n ids costs n times this many comparisons (ADR 24).
     */
    private static final int IDS_AT_ONCE = 100;

    /** Stamps read with no filter in one reply: a few dozen bytes each (the driver refuses a reply over 48 MB). */
    private static final int STAMPS_A_REPLY = 20_000;

    /**
     * Asked for at least one in this many of a collection's stamps, or for this many times the records it holds,
     * all are read with no filter to match.
     */
    private static final int SCAN_FROM_ONE_IN = 4;

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> stamps;
    private final MongoDocuments documents;
    private final Class<T> type;
    private final ConvertedRecords<T> converted;

    /**
     * @param stamps each record's id and version alone, for a versioned collection (ADR 23); null for others
     * @param converted the records already converted, for a versioned collection; null for others
     */
    DocumentCollection(
            MongoCollection<Document> collection,
            MongoCollection<Document> stamps,
            MongoDocuments documents,
            Class<T> type,
            ConvertedRecords<T> converted) {
        this.collection = collection;
        this.stamps = stamps;
        this.documents = documents;
        this.type = type;
        this.converted = converted;
    }

    public Optional<T> find(String id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /**
     * The records with these ids that exist, in no particular order. From a versioned collection, the
     * versions are read first from the stamps (ADR 23) and only documents of versions not yet converted are
     * fetched whole: the server then reads and sends a few bytes for a record read again unchanged, not the
     * whole chronology. An id without a stamp is fetched whole.
     */
    public List<T> findAll(Collection<String> ids) {
        List<T> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        Optional<PendingWrites> pending = pending();
        Collection<String> toRead = pending.isPresent() ? heldOrWritten(pending.get(), ids, found) : ids;
        Collection<String> toFetch = toRead;
        if (converted != null) {
            toFetch = new LinkedHashSet<>(toRead);
            Collection<String> unknown = toFetch;
            matching(stamps, toRead, true, stamp -> {
                String id = String.valueOf(stamp.get("_id"));
                Optional<T> known = converted.current(id, stamp);
                if (known.isPresent()) {
                    found.add(known.get());
                    unknown.remove(id);
                }
            });
        }
        matching(collection, toFetch, false, document -> found.add(record(document)));
        return found;
    }

    /**
     * Adds to {@code found} the records of these ids the open batch holds whole (leaving out those it deleted),
     * and writes the batch's updates in place of the others first.
     *
     * @return the ids the batch does not hold whole, to be read from the store
     */
    private Collection<String> heldOrWritten(PendingWrites pending, Collection<String> ids, List<T> found) {
        List<String> toRead = new ArrayList<>();
        boolean updated = false;
        for (String id : ids) {
            if (pending.holdsWhole(id)) {
                pending.whole(id).map(this::asType).ifPresent(found::add);
            } else {
                toRead.add(id);
                updated |= pending.holdsUpdatesOf(id);
            }
        }
        if (updated) {
            pending.write();
        }
        return toRead;
    }

    /** A record held by the batch, as this collection's type (another collection of the same name may differ). */
    private T asType(Object record) {
        return type.isInstance(record) ? type.cast(record) : documents.fromDocument(documents.toDocument(record), type);
    }

    /**
     * The stamped version of each of these records of a versioned collection, by id; a record without a stamp
     * is absent (ADR 23). Only the stamps are read.
     */
    public Map<String, Long> versions(Collection<String> ids) {
        if (converted == null) {
            throw new UnsupportedOperationException("Only a versioned collection's records have stamps");
        }
        writePending();
        Map<String, Long> versions = new HashMap<>();
        matching(stamps, ids, true, stamp -> {
            if (stamp.get(ConvertedRecords.VERSION) instanceof Number version) {
                versions.put(String.valueOf(stamp.get("_id")), version.longValue());
            }
        });
        return versions;
    }

    /** Every record's id, from the stamps of a versioned collection (ADR 23). */
    public List<String> ids() {
        if (converted == null) {
            throw new UnsupportedOperationException("Only a versioned collection's records have stamps");
        }
        writePending();
        List<String> ids = new ArrayList<>();
        stamps.find()
                .projection(new Document("_id", 1))
                .batchSize(STAMPS_A_REPLY)
                .forEach(stamp -> ids.add(String.valueOf(stamp.get("_id"))));
        return ids;
    }

    /**
     * The records with these ids that exist, with only the named fields read (the others as if absent):
     * for a document that holds several lists of which the caller needs one. Not for a versioned
     * collection, whose records are remembered whole.
     */
    public List<T> findAllWithOnly(Collection<String> ids, String... fields) {
        notVersioned();
        writePending();
        List<T> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            Document only = new Document();
            for (String field : fields) {
                only.append(field, 1);
            }
            for (List<String> some : atOnce(ids)) {
                collection.find(byIds(some)).projection(only).forEach(document -> found.add(record(document)));
            }
        }
        return found;
    }

    /**
     * Stores the record under its id; the record's own {@code _id} property must equal it. A versioned record's
     * stamp is written after it, and the converted record forgotten until both are stored: a stamp left behind
     * by a failure between the two writes names an older version than the document, which is then fetched
     * whole, never read stale. In an open {@link WriteBatch}, the record is held and written when the batch is.
     */
    public void save(String id, T record) {
        if (converted != null) {
            converted.forget(id);
        }
        Optional<PendingWrites> pending = pending();
        if (pending.isPresent()) {
            pending.get().save(id, record);
            return;
        }
        Document document = documents.toDocument(record);
        collection.replaceOne(byId(id), document, new ReplaceOptions().upsert(true));
        if (converted != null) {
            stamps.replaceOne(
                    byId(id),
                    new Document("_id", id).append(ConvertedRecords.VERSION, document.get(ConvertedRecords.VERSION)),
                    new ReplaceOptions().upsert(true));
            converted.remember(id, document, record);
        }
    }

    /**
     * Stores the record under its id unless a record has that id already: one atomic insert, so that of two
     * writers of the same id exactly one succeeds.
     *
     * @return whether it was stored
     */
    public boolean insert(String id, T record) {
        notVersioned();
        Document document = documents.toDocument(record);
        if (!id.equals(document.get("_id"))) {
            throw new IllegalArgumentException("The record's _id is not " + id);
        }
        writePending();
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Adds a value to a set-valued field of one document, creating the document if needed: one atomic
     * update, so concurrent projections filing different values never lose one.
     */
    public void addToSet(String id, String field, String value) {
        update(id, new Document("$addToSet", new Document(field, value)), true);
    }

    /** Removes a value from a set-valued field of one document: one atomic update. */
    public void pull(String id, String field, String value) {
        update(id, new Document("$pull", new Document(field, value)), false);
    }

    /** Sets one entry of a map-valued field, creating the document if needed: one atomic update. */
    public void putEntry(String id, String field, String key, String value) {
        update(id, new Document("$set", new Document(field + "." + key, value)), true);
    }

    /**
     * Sets one entry of a map-valued field to a record, stored as a sub-document, creating the document
     * if needed: one atomic update, so projections filing different entries of one document at once never
     * lose one. The key must not contain '.' or start with '$'.
     */
    public void putRecordEntry(String id, String field, String key, Object record) {
        update(id, new Document("$set", new Document(field + "." + key, documents.toDocument(record))), true);
    }

    /** Removes one entry of a map-valued field: one atomic update. */
    public void removeEntry(String id, String field, String key) {
        update(id, new Document("$unset", new Document(field + "." + key, "")), false);
    }

    /** One atomic update of one document; in an open {@link WriteBatch}, held and made when the batch is written. */
    private void update(String id, Document update, boolean upsert) {
        notVersioned();
        UpdateOptions options = new UpdateOptions().upsert(upsert);
        Optional<PendingWrites> pending = pending();
        if (pending.isPresent()) {
            pending.get().update(id, new UpdateOneModel<>(byId(id), update, options));
        } else {
            collection.updateOne(byId(id), update, options);
        }
    }

    public void delete(String id) {
        if (converted != null) {
            converted.forget(id);
        }
        Optional<PendingWrites> pending = pending();
        if (pending.isPresent()) {
            pending.get().delete(id);
            return;
        }
        collection.deleteOne(byId(id));
        if (converted != null) {
            stamps.deleteOne(byId(id));
        }
    }

    /**
     * Deletes the document if the map- or set-valued field holds nothing (or is absent): one atomic delete by
     * {@code _id}, so a value another thread files in it meanwhile keeps the document. For a document whose
     * {@code _id} is itself personal data (a name's key, a date of birth, an address), once its last entry is
     * taken out. In an open {@link WriteBatch}, held and made in order with the document's updates.
     */
    public void deleteIfEmpty(String id, String field) {
        notVersioned();
        // $eq, not a bare {}: the embedded server reads {field: {}} as a condition with no operators, met by any value
        Document filter = new Document("_id", id)
                .append(
                        "$or",
                        List.of(
                                new Document(field, new Document("$eq", new Document())),
                                new Document(field, new Document("$eq", List.of())),
                                new Document(field, new Document("$exists", false))));
        Optional<PendingWrites> pending = pending();
        if (pending.isPresent()) {
            pending.get().deleteIf(id, new DeleteOneModel<>(filter));
        } else {
            collection.deleteOne(filter);
        }
    }

    public void deleteAll() {
        pending().ifPresent(PendingWrites::discard);
        collection.deleteMany(new Document());
        if (converted != null) {
            stamps.deleteMany(new Document());
            converted.forgetAll();
        }
    }

    /** The writes the open {@link WriteBatch} of this thread holds for this collection, if one is open. */
    private Optional<PendingWrites> pending() {
        return WriteBatch.pendingFor(collection, stamps, documents, converted);
    }

    /** Writes what the open batch holds for this collection, before a read or write that cannot see it. */
    private void writePending() {
        pending().ifPresent(PendingWrites::write);
    }

    /**
     * A versioned collection's documents are only ever replaced and read whole: an update in place would
     * leave the version, and so the converted record, as it was; a part read would be remembered as whole.
     */
    private void notVersioned() {
        if (converted != null) {
            throw new UnsupportedOperationException("A versioned collection's records are only replaced whole");
        }
    }

    private T record(Document document) {
        return converted == null
                ? documents.fromDocument(document, type)
                : converted.of(document, found -> documents.fromDocument(found, type));
    }

    /**
     * Hands on, one at a time as they arrive, the documents of these ids that exist in the collection: by {@code
     * $in} lists of {@link #IDS_AT_ONCE}; or, when more than one list would be needed, every document read with no
     * filter and those of other ids left out (ADR 24): stamps when the ids are a quarter of them or more, whole
     * records only when the collection holds at most a quarter as many as asked for, as the embedded server holds
     * what a cursor will return in memory.
     */
    private static void matching(
            MongoCollection<Document> from, Collection<String> ids, boolean stamps, Consumer<Document> each) {
        if (ids.isEmpty()) {
            return;
        }
        long held = ids.size() > IDS_AT_ONCE ? from.estimatedDocumentCount() : -1;
        boolean all = held >= 0
                && (stamps ? ids.size() * (long) SCAN_FROM_ONE_IN >= held : held * SCAN_FROM_ONE_IN <= ids.size());
        if (all) {
            Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
            for (Document document : from.find().batchSize(stamps ? STAMPS_A_REPLY : IDS_AT_ONCE)) {
                if (wanted.contains(String.valueOf(document.get("_id")))) {
                    each.accept(document);
                }
            }
        } else {
            for (List<String> some : atOnce(ids)) {
                from.find(byIds(some)).forEach(each);
            }
        }
    }

    /** The ids in lists of at most {@link #IDS_AT_ONCE}. */
    private static List<List<String>> atOnce(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_AT_ONCE) {
            lists.add(all.subList(from, Math.min(all.size(), from + IDS_AT_ONCE)));
        }
        return lists;
    }

    private static Document byIds(Collection<String> ids) {
        return ids.size() == 1
                ? byId(ids.iterator().next())
                : new Document("_id", new Document("$in", List.copyOf(ids)));
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }
}
