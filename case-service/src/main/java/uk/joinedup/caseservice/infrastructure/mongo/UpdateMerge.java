package uk.joinedup.caseservice.infrastructure.mongo;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Two updates of one document made as one, when that changes nothing: each sets or unsets fields the other does
 * not touch (nor any field within them or around them), or both set the same field (the later value kept).
 * Anything else ({@code $addToSet} or {@code $pull} of a field the other touches) stays two updates.
 */
final class UpdateMerge {

    /** The operators whose same field, written twice, keeps the later write. */
    private static final Set<String> LATER_WINS = Set.of("$set", "$unset");

    private UpdateMerge() {}

    /** The two updates as one, if they can be; the first is made before the second. */
    static Optional<UpdateOneModel<Document>> of(UpdateOneModel<Document> first, UpdateOneModel<Document> second) {
        Document earlier = spec(first);
        Document later = spec(second);
        if (earlier == null || later == null || !compatible(earlier, later)) {
            return Optional.empty();
        }
        Document merged = new Document();
        earlier.forEach((operator, fields) -> merged.put(operator, new Document((Document) fields)));
        later.forEach((operator, fields) ->
                ((Document) merged.computeIfAbsent(operator, any -> new Document())).putAll((Document) fields));
        boolean upsert = first.getOptions().isUpsert() || second.getOptions().isUpsert();
        return Optional.of(new UpdateOneModel<>(first.getFilter(), merged, new UpdateOptions().upsert(upsert)));
    }

    private static boolean compatible(Document earlier, Document later) {
        for (Map.Entry<String, Object> laterOperator : later.entrySet()) {
            for (String laterField : ((Document) laterOperator.getValue()).keySet()) {
                for (Map.Entry<String, Object> earlierOperator : earlier.entrySet()) {
                    for (String earlierField : ((Document) earlierOperator.getValue()).keySet()) {
                        boolean sameWrite = earlierOperator.getKey().equals(laterOperator.getKey())
                                && LATER_WINS.contains(laterOperator.getKey())
                                && earlierField.equals(laterField);
                        if (!sameWrite && overlap(earlierField, laterField)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Whether the two field paths name the same field, or one lies within the other. */
    private static boolean overlap(String one, String other) {
        return one.equals(other) || one.startsWith(other + ".") || other.startsWith(one + ".");
    }

    /** The update's operators, each with its fields; null for an update not made of documents. */
    private static Document spec(UpdateOneModel<Document> update) {
        Bson spec = update.getUpdate();
        if (!(spec instanceof Document document)) {
            return null;
        }
        for (Object fields : document.values()) {
            if (!(fields instanceof Document)) {
                return null;
            }
        }
        return document;
    }
}
