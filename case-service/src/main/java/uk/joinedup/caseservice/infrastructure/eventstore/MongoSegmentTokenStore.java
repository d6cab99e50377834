package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.ConfigToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Axon's token store on MongoDB: one document per processor segment with {@code _id} =
 * {@code processorName/segment}, so a claim, an update or a release is one conditional write to one
 * known document, whichever instance makes it. A segment may be claimed when it has no owner, is owned
 * by this node, or its owner has not extended the claim within the claim timeout. Tokens are stored
 * as readable BSON. Only listing a processor's segments filters on another field; it reads this small
 * collection, never the event store.
 */
public final class MongoSegmentTokenStore implements TokenStore {

    static final String COLLECTION = "tracking_tokens";

    private static final String PROCESSOR_NAME = "processorName";
    private static final String SEGMENT = "segment";
    private static final String OWNER = "owner";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String TOKEN = "token";
    private static final String TOKEN_TYPE = "tokenType";
    private static final String CONFIG_PROCESSOR = "__config";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<BsonDocument> tokens;
    private final JacksonSerializer serializer;
    private final Duration claimTimeout;
    private final String nodeId;
    private final Clock clock;

    public MongoSegmentTokenStore(
            MongoDatabase database, JacksonSerializer serializer, Duration claimTimeout, String nodeId, Clock clock) {
        this.tokens = database.getCollection(COLLECTION, BsonDocument.class);
        this.serializer = serializer;
        this.claimTimeout = claimTimeout;
        this.nodeId = nodeId;
        this.clock = clock;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        List<BsonDocument> segments = IntStream.range(0, segmentCount)
                .mapToObj(segment -> unclaimed(processorName, segment, initialToken))
                .toList();
        BsonArray ids = new BsonArray();
        segments.forEach(segment -> ids.add(segment.get("_id")));
        if (tokens.find(new BsonDocument("_id", new BsonDocument("$in", ids))).first() != null) {
            throw new UnableToClaimTokenException("Could not initialize segments. Some segments were already present.");
        }
        try {
            tokens.insertMany(segments, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            throw new UnableToClaimTokenException("Segments were initialized concurrently", e);
        }
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        try {
            tokens.insertOne(unclaimed(processorName, segment, token));
        } catch (MongoWriteException e) {
            throw new UnableToInitializeTokenException("Segment " + segment + " of " + processorName + " exists", e);
        }
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        BsonDocument update = new BsonDocument(
                        "$set", claim().append(TOKEN, serialize(token)).append(TOKEN_TYPE, tokenType(token)))
                .append(
                        "$setOnInsert",
                        new BsonDocument(PROCESSOR_NAME, new BsonString(processorName))
                                .append(SEGMENT, new BsonInt32(segment)));
        try {
            tokens.updateOne(claimable(processorName, segment), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            throw notClaimable(processorName, segment);
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        if (tokens.updateOne(claimable(processorName, segment), new BsonDocument("$set", claim()))
                        .getMatchedCount()
                == 0) {
            throw notClaimable(processorName, segment);
        }
        BsonDocument claimed = tokens.find(byId(processorName, segment)).first();
        return claimed == null ? null : deserialize(claimed);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        if (tokens.updateOne(ownedByThisNode(processorName, segment), new BsonDocument("$set", claim()))
                        .getMatchedCount()
                == 0) {
            throw new UnableToClaimTokenException(
                    "Segment " + segment + " of " + processorName + " is not claimed by this node");
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.updateOne(
                ownedByThisNode(processorName, segment),
                new BsonDocument("$set", new BsonDocument(OWNER, BsonNull.VALUE)));
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        if (tokens.deleteOne(ownedByThisNode(processorName, segment)).getDeletedCount() == 0) {
            throw new UnableToClaimTokenException("Unable to claim token. It wasn't owned by " + nodeId);
        }
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return segmentsOf(processorName).stream()
                .mapToInt(document -> document.getInt32(SEGMENT).getValue())
                .sorted()
                .toArray();
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        List<BsonDocument> segments = segmentsOf(processorName);
        int[] all = segments.stream()
                .mapToInt(document -> document.getInt32(SEGMENT).getValue())
                .sorted()
                .toArray();
        long expired = expiredBefore();
        return segments.stream()
                .filter(document -> mayClaim(document, expired))
                .map(document ->
                        Segment.computeSegment(document.getInt32(SEGMENT).getValue(), all))
                .toList();
    }

    /** The identity of this token store's storage, created on first use. */
    @Override
    public Optional<String> retrieveStorageIdentifier() {
        BsonDocument config = tokens.find(byId(CONFIG_PROCESSOR, 0)).first();
        if (config == null) {
            ConfigToken token = new ConfigToken(Map.of("id", UUID.randomUUID().toString()));
            try {
                tokens.insertOne(unclaimed(CONFIG_PROCESSOR, 0, token));
            } catch (MongoWriteException e) {
                if (e.getError().getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            config = tokens.find(byId(CONFIG_PROCESSOR, 0)).first();
        }
        return Optional.of(((ConfigToken) deserialize(config)).get("id"));
    }

    private List<BsonDocument> segmentsOf(String processorName) {
        return tokens.find(new BsonDocument(PROCESSOR_NAME, new BsonString(processorName)))
                .into(new ArrayList<>());
    }

    private boolean mayClaim(BsonDocument document, long expired) {
        BsonValue owner = document.get(OWNER, BsonNull.VALUE);
        return owner.isNull()
                || owner.equals(new BsonString(nodeId))
                || document.getInt64(CLAIMED_AT).getValue() < expired;
    }

    private BsonDocument unclaimed(String processorName, int segment, TrackingToken token) {
        return byId(processorName, segment)
                .append(PROCESSOR_NAME, new BsonString(processorName))
                .append(SEGMENT, new BsonInt32(segment))
                .append(OWNER, BsonNull.VALUE)
                .append(CLAIMED_AT, new BsonInt64(clock.millis()))
                .append(TOKEN, serialize(token))
                .append(TOKEN_TYPE, tokenType(token));
    }

    private BsonDocument claim() {
        return new BsonDocument(OWNER, new BsonString(nodeId)).append(CLAIMED_AT, new BsonInt64(clock.millis()));
    }

    private BsonDocument claimable(String processorName, int segment) {
        BsonArray conditions = new BsonArray(List.of(
                new BsonDocument(OWNER, BsonNull.VALUE),
                new BsonDocument(OWNER, new BsonString(nodeId)),
                new BsonDocument(CLAIMED_AT, new BsonDocument("$lt", new BsonInt64(expiredBefore())))));
        return byId(processorName, segment).append("$or", conditions);
    }

    private BsonDocument ownedByThisNode(String processorName, int segment) {
        return byId(processorName, segment).append(OWNER, new BsonString(nodeId));
    }

    private long expiredBefore() {
        return clock.millis() - claimTimeout.toMillis();
    }

    private static BsonDocument byId(String processorName, int segment) {
        return new BsonDocument("_id", new BsonString(processorName + "/" + segment));
    }

    private UnableToClaimTokenException notClaimable(String processorName, int segment) {
        return new UnableToClaimTokenException("Unable to claim token '" + processorName + "[" + segment
                + "]'. It is owned by another node, or the segment does not exist.");
    }

    private BsonValue serialize(TrackingToken token) {
        return token == null ? BsonNull.VALUE : BsonJson.toBson(serializer.getObjectMapper(), token);
    }

    private BsonValue tokenType(TrackingToken token) {
        return token == null
                ? BsonNull.VALUE
                : new BsonString(serializer.typeForClass(token.getClass()).getName());
    }

    private TrackingToken deserialize(BsonDocument document) {
        BsonValue type = document.get(TOKEN_TYPE, BsonNull.VALUE);
        if (type.isNull()) {
            return null;
        }
        return serializer.deserialize(new BsonSerializedObject(
                document.get(TOKEN), new SimpleSerializedType(type.asString().getValue(), null)));
    }
}
