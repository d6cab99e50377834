package uk.joinedup.caseservice.infrastructure.axon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which shape of read models the store holds, as a number recorded beside them: when a release changes
 * what a read model keeps or where (a new collection, a new field every query needs), {@link #CURRENT} goes
 * up by one and the first start of that release rebuilds the read models from the events. A store without
 * the record is rebuilt once if it holds events (it is from before the record existed), else recorded as current.
 */
@Component
public class ReadModelShape {

    /**
     * 2: the paged caseload shards, the search keys and the person index's previous names (issue 12).
     * 3: the caseload overview's lists per keyworker and agency (issue 13).
     * 4: the outcomes dashboard's buckets of outcome facts (issue 13, ADR 22).
     * 5: every versioned record stamped with its version in a collection of its own (ADR 23).
     * 6: each family's claimed results, for the dashboard's outcome payments (issue 13).
     * 7: a closed case keeps no lead professional in the family record, caseloads and overview (issue 14).
     * 8: early identification's people, addresses and fact holders, and the decisions on candidates (issue 15).
     * 9: each person's former households in their memberships, for subject access (issue 16, ADR 32).
     * 10: retention's people, families and the months their retention ends (issue 16, ADR 33).
     * 11: the erasures, and their ids by status and by month completed (issue 16, ADR 31).
     * 12: the family index keeps each family's current members, memberships everyone who has been in each family,
     * the claims scope the agencies each family is filed under, subject access the ids of each person's requests and
     * the caseloads who registered each person, to purge them when a family or person is erased (issue 16, ADR 31).
     * 13: each subject access request keeps its statutory deadline beside its extended one, and its extensions (issue
     * 16, ADR 32).
     * 14: the decisions on households kept by each member's person id, to erase them with the member (issue 16,
     * ADR 31).
     * Raise it with every change to a read model's shape, and say why here.
     */
    static final int CURRENT = 14;

    static final String COLLECTION = "read_model_shape";

    private static final String ID = "read-models";

    private final MongoCollection<Document> records;
    private final MongoCollection<Document> events;
    private final boolean asked;
    private volatile Boolean due;

    ReadModelShape(MongoDatabase database, @Value("${joinedup.read-models.rebuild-on-start:false}") boolean asked) {
        this.records = database.getCollection(COLLECTION);
        this.events = database.getCollection("event_commits");
        this.asked = asked;
    }

    /**
     * Decides, once, before the processors start, whether this start rebuilds the read models: asked to, or
     * a store with events holds read models of another shape. A new store is recorded as current at once.
     */
    boolean decide() {
        if (due == null) {
            due = asked || (storeHasEvents() && stored() != CURRENT);
            if (!due && stored() != CURRENT) {
                recordCurrent();
            }
        }
        return due;
    }

    /** Whether this start rebuilds the read models, as decided before the processors started. */
    boolean rebuildDue() {
        return Boolean.TRUE.equals(due);
    }

    /** Whether the event store holds any commit (its collection, read directly: asking Axon's event store for its head this early would start it). */
    private boolean storeHasEvents() {
        return events.find().limit(1).first() != null;
    }

    void recordCurrent() {
        records.replaceOne(
                new Document("_id", ID),
                new Document("_id", ID).append("shape", CURRENT),
                new ReplaceOptions().upsert(true));
    }

    private int stored() {
        Document record = records.find(new Document("_id", ID)).first();
        return record == null ? 0 : record.getInteger("shape", 0);
    }
}
