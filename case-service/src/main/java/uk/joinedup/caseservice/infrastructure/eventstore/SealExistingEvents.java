package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKey;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.caseservice.personaldata.PersonalData;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Seals the events that were written in plaintext before sealing existed (ADR 31, section 4): a one-off rewrite of
 * the commits, online and resumable, recorded in {@value #COLLECTION} as
 *
 * <pre>
 * { _id: "seal-v1", sealedFrom, lastPosition, commits, events, startedAt, completedAt, owner, claimedAt }
 * </pre>
 *
 * {@code sealedFrom} is the first position new appends had when the migration began (everything from there is
 * sealed at write). Each {@link #step()} seals the next window of positions below it ({@value ByPosition#AT_ONCE},
 * read by {@code _id $in}): every plaintext payload whose event, upcast and deserialised as readers see it, is
 * {@link PersonalData} is sealed exactly as a new append seals it (its stored, possibly older, revision as
 * stored, under the key its subject names), and the commit is replaced by {@code _id} with nothing else changed.
 * Then the window is made durable and {@code lastPosition} checkpointed. One instance at a time runs it: the
 * owner's claim is renewed every window and taken over once it is older than the claim timeout. When every
 * window is sealed, the snapshots (caches, taken again sealed) are deleted and {@code completedAt} recorded.
 *
 * <p>A payload whose subject's key was already destroyed is sealed under a key thrown away at once, so it reads as
 * erased, as it would have had it been sealed when written. Sealing a commit twice only gives another valid
 * envelope; a sealed payload is never touched. Logs positions and counts only.
 */
public final class SealExistingEvents {

    static final String COLLECTION = "event_migrations";
    static final String MIGRATION = "seal-v1";

    static final String SEALED_FROM = "sealedFrom";
    static final String LAST_POSITION = "lastPosition";
    static final String COMMITS = "commits";
    static final String EVENTS = "events";
    static final String STARTED_AT = "startedAt";
    static final String COMPLETED_AT = "completedAt";
    static final String OWNER = "owner";
    static final String CLAIMED_AT = "claimedAt";

    private static final Logger log = LoggerFactory.getLogger(SealExistingEvents.class);
    private static final BsonDocument BY_ID = new BsonDocument(EventDocuments.ID, new BsonString(MIGRATION));
    private static final int DUPLICATE_KEY = 11000;
    private static final long PROGRESS_EVERY = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What one step did. */
    enum Step {
        /** A window of positions was sealed and checkpointed: there may be more. */
        SEALED_A_WINDOW,
        /** Every event written before sealing is sealed. */
        COMPLETE,
        /** Another instance holds the claim: try again after the claim timeout. */
        CLAIMED_ELSEWHERE
    }

    private final CommitLogEventStorageEngine engine;
    private final MongoCollection<BsonDocument> migrations;
    private final MongoCollection<BsonDocument> commits;
    private final MongoCollection<BsonDocument> snapshots;
    private final SubjectKeys keys;
    private final Durability durability;
    private final String owner;
    private final Duration claimTimeout;
    private final Clock clock;
    private volatile boolean complete;

    SealExistingEvents(
            CommitLogEventStorageEngine engine,
            MongoDatabase database,
            SubjectKeys keys,
            Durability durability,
            String owner,
            Duration claimTimeout,
            Clock clock) {
        this.engine = engine;
        this.migrations = database.getCollection(COLLECTION, BsonDocument.class)
                .withWriteConcern(WriteConcern.MAJORITY)
                .withReadConcern(ReadConcern.MAJORITY);
        this.commits = database.getCollection(CommitLogEventStorageEngine.COMMITS, BsonDocument.class)
                .withWriteConcern(WriteConcern.MAJORITY)
                .withReadConcern(ReadConcern.MAJORITY);
        this.snapshots = database.getCollection(CommitLogEventStorageEngine.SNAPSHOTS, BsonDocument.class);
        this.keys = keys;
        this.durability = durability;
        this.owner = owner;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    /** Whether every event written before sealing is sealed: until then no subject's key may be destroyed. */
    public boolean complete() {
        if (!complete) {
            complete = migrations.find(completed()).first() != null;
        }
        return complete;
    }

    /** Claims the migration (or renews its claim) and seals the next window, or completes it when none is left. */
    Step step() {
        BsonDocument migration = migrations.find(BY_ID).first();
        if (migration == null) {
            migration = begin();
        }
        if (migration.containsKey(COMPLETED_AT)) {
            complete = true;
            return Step.COMPLETE;
        }
        if (!claim()) {
            return Step.CLAIMED_ELSEWHERE;
        }
        long sealedFrom = migration.getInt64(SEALED_FROM).getValue();
        long from = migration.getInt64(LAST_POSITION).getValue() + 1;
        if (from >= sealedFrom) {
            return finish();
        }
        int size = (int) Math.min(ByPosition.AT_ONCE, sealedFrom - from);
        Sealed sealed = seal(from, size);
        durability.commit();
        if (!checkpoint(from + size - 1, sealed)) {
            return Step.CLAIMED_ELSEWHERE;
        }
        if ((from + size) % PROGRESS_EVERY == 0) {
            log.info(
                    "Sealing the events written before sealing: positions up to {} of {}",
                    from + size - 1,
                    sealedFrom - 1);
        }
        return Step.SEALED_A_WINDOW;
    }

    private BsonDocument begin() {
        long now = clock.millis();
        long sealedFrom = engine.nextEventPosition();
        BsonDocument migration = new BsonDocument(EventDocuments.ID, new BsonString(MIGRATION))
                .append(SEALED_FROM, new BsonInt64(sealedFrom))
                .append(LAST_POSITION, new BsonInt64(-1))
                .append(COMMITS, new BsonInt64(0))
                .append(EVENTS, new BsonInt64(0))
                .append(STARTED_AT, new BsonDateTime(now))
                .append(OWNER, new BsonString(owner))
                .append(CLAIMED_AT, new BsonInt64(now));
        try {
            migrations.insertOne(migration);
            log.info("Sealing the events written before sealing: {} positions to look through", sealedFrom);
            return migration;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return migrations.find(BY_ID).first();
        }
    }

    /** Takes the claim when it is free, already ours, or older than the claim timeout. */
    private boolean claim() {
        BsonArray claimable = new BsonArray(List.of(
                new BsonDocument(OWNER, BsonNull.VALUE),
                new BsonDocument(OWNER, new BsonString(owner)),
                new BsonDocument(
                        CLAIMED_AT, new BsonDocument("$lt", new BsonInt64(clock.millis() - claimTimeout.toMillis())))));
        BsonDocument filter = new BsonDocument(EventDocuments.ID, new BsonString(MIGRATION))
                .append(COMPLETED_AT, new BsonDocument("$exists", BsonBoolean.FALSE))
                .append("$or", claimable);
        return migrations
                        .updateOne(filter, new BsonDocument("$set", claimedNow()))
                        .getMatchedCount()
                == 1;
    }

    private Sealed seal(long from, int size) {
        List<BsonDocument> found = new ArrayList<>(size);
        for (BsonDocument filter : ByPosition.idsIn(from, size)) {
            commits.find(filter).batchSize(ByPosition.AT_ONCE).into(found);
        }
        List<PlainCommit> plainCommits = new ArrayList<>();
        Set<String> keyIds = new LinkedHashSet<>();
        for (BsonDocument commit : found) {
            long position = EventDocuments.position(commit);
            List<Plain> plain = new ArrayList<>();
            for (BsonDocument event : EventDocuments.events(commit)) {
                String keyId = subjectOf(event, position);
                if (keyId != null) {
                    plain.add(new Plain(event, keyId));
                    keyIds.add(keyId);
                }
            }
            if (!plain.isEmpty()) {
                plainCommits.add(new PlainCommit(commit, plain));
            }
        }
        Map<String, KeyState> states = keys.find(keyIds);
        long events = 0;
        for (PlainCommit plainCommit : plainCommits) {
            for (Plain plain : plainCommit.events()) {
                BsonDocument event = plain.event();
                event.put(
                        EventDocuments.PAYLOAD,
                        Sealing.seal(
                                keyFor(plain.keyId(), states.get(plain.keyId())),
                                event.getDocument(EventDocuments.PAYLOAD),
                                event.getString(EventDocuments.EVENT_IDENTIFIER).getValue(),
                                event.getString(EventDocuments.PAYLOAD_TYPE).getValue()));
                events++;
            }
            BsonDocument commit = plainCommit.commit();
            commits.replaceOne(new BsonDocument(EventDocuments.ID, commit.get(EventDocuments.ID)), commit);
        }
        return new Sealed(plainCommits.size(), events);
    }

    /**
     * The key id of the subject a plaintext event holds personal data of, as every reader would see the event
     * (upcast, then deserialised); {@code null} when it is sealed already, or holds no personal data.
     */
    private String subjectOf(BsonDocument event, long position) {
        BsonValue payload = event.get(EventDocuments.PAYLOAD);
        if (payload == null || !payload.isDocument() || Sealing.keyIdOf(payload) != null) {
            return null;
        }
        StoredEvent stored =
                EventDocuments.storedEvent(event, GapAwareTrackingToken.newInstance(position, Set.of()), Map.of());
        Set<String> subjects = engine.upcastAndDeserialize(stored)
                .map(EventMessage::getPayload)
                .filter(PersonalData.class::isInstance)
                .map(personal -> ((PersonalData) personal).dataSubject().keyId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (subjects.size() > 1) {
            throw new IllegalStateException("The event " + stored.eventIdentifier() + " at position " + position
                    + " upcasts to events of " + subjects.size() + " subjects: it cannot be sealed under one key");
        }
        return subjects.isEmpty() ? null : subjects.iterator().next();
    }

    /** The subject's key; created when it has none yet; one thrown away at once when it was destroyed. */
    private SubjectKey keyFor(String keyId, KeyState state) {
        if (state instanceof KeyState.Present present) {
            return present.key();
        }
        if (state instanceof KeyState.Destroyed) {
            byte[] lost = new byte[32];
            RANDOM.nextBytes(lost);
            return new SubjectKey(keyId, new SecretKeySpec(lost, "AES"));
        }
        return keys.keyFor(keyId);
    }

    private boolean checkpoint(long lastPosition, Sealed sealed) {
        BsonDocument update = new BsonDocument("$set", claimedNow())
                .append("$max", new BsonDocument(LAST_POSITION, new BsonInt64(lastPosition)))
                .append(
                        "$inc",
                        new BsonDocument(COMMITS, new BsonInt64(sealed.commits()))
                                .append(EVENTS, new BsonInt64(sealed.events())));
        return migrations.updateOne(ours(), update).getMatchedCount() == 1;
    }

    private Step finish() {
        snapshots.deleteMany(new BsonDocument());
        BsonDocument done = migrations.findOneAndUpdate(
                ours(),
                new BsonDocument("$set", new BsonDocument(COMPLETED_AT, new BsonDateTime(clock.millis()))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (done == null) {
            return Step.CLAIMED_ELSEWHERE;
        }
        complete = true;
        log.info(
                "The events written before sealing are sealed: {} events in {} commits; snapshots deleted",
                done.getInt64(EVENTS).getValue(),
                done.getInt64(COMMITS).getValue());
        return Step.COMPLETE;
    }

    private BsonDocument claimedNow() {
        return new BsonDocument(OWNER, new BsonString(owner)).append(CLAIMED_AT, new BsonInt64(clock.millis()));
    }

    private BsonDocument ours() {
        return new BsonDocument(EventDocuments.ID, new BsonString(MIGRATION)).append(OWNER, new BsonString(owner));
    }

    private static BsonDocument completed() {
        return new BsonDocument(EventDocuments.ID, new BsonString(MIGRATION))
                .append(COMPLETED_AT, new BsonDocument("$exists", BsonBoolean.TRUE));
    }

    /** A plaintext event holding personal data, and the key id of its subject. */
    private record Plain(BsonDocument event, String keyId) {}

    /** A commit holding such events, to be replaced once they are sealed. */
    private record PlainCommit(BsonDocument commit, List<Plain> events) {}

    /** How many commits of a window were rewritten, and how many of their events sealed. */
    private record Sealed(long commits, long events) {}
}
