package uk.joinedup.caseservice.infrastructure.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import uk.joinedup.caseservice.infrastructure.crypto.Aes256Gcm;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKey;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/**
 * Seals the payload of an event that holds personal data under its subject's key, and opens it again on read
 * (ADR 31). A sealed payload is stored as {@code { _sealed: { k: keyId, n: nonce, c: ciphertext and tag } }}:
 * the whole payload document, as BSON, in one AES-256-GCM envelope whose associated data names the event,
 * its type and the key, so an envelope moved to another event fails its tag. Snapshots of an aggregate whose
 * type names a kind of subject ({@code Person}, {@code Family}) are sealed whole under that subject's key.
 *
 * <p>Reading: with the key present, the payload reads exactly as written; with the key destroyed, the event
 * reads as an {@code ErasedEvent}; with neither key nor tombstone, reading fails ({@link MissingSubjectKey}):
 * never is a missing key taken for an erasure.
 */
final class Sealing {

    static final String SEALED = "_sealed";
    static final String KEY = "k";
    static final String NONCE = "n";
    static final String CIPHERTEXT = "c";

    private static final byte[] VERSION = "joinedup-event-v1".getBytes(StandardCharsets.UTF_8);
    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();
    private static final Sealing OFF = new Sealing(null, false);

    private final SubjectKeys keys;
    private final boolean sealNew;

    private Sealing(SubjectKeys keys, boolean sealNew) {
        this.keys = keys;
        this.sealNew = sealNew;
    }

    /** Neither seals nor opens: for a store that has never held sealed events (tests of the engine alone). */
    static Sealing off() {
        return OFF;
    }

    /** Seals new events holding personal data, and opens sealed ones. */
    static Sealing with(SubjectKeys keys) {
        return new Sealing(Objects.requireNonNull(keys, "keys"), true);
    }

    /** Writes new events as they are, but opens what was sealed: to measure what sealing costs. */
    static Sealing openOnly(SubjectKeys keys) {
        return new Sealing(Objects.requireNonNull(keys, "keys"), false);
    }

    /** The payload to store: sealed when the event holds personal data and sealing is on. */
    BsonDocument payload(Object payload, BsonDocument plain, String eventIdentifier, String payloadType) {
        if (!sealNew || !(payload instanceof PersonalData personalData)) {
            return plain;
        }
        return seal(keys.keyFor(personalData.dataSubject().keyId()), plain, eventIdentifier, payloadType);
    }

    /** The snapshot's payload to store: sealed when its aggregate is a kind of subject and sealing is on. */
    BsonDocument snapshotPayload(
            String aggregateType,
            String aggregateIdentifier,
            BsonDocument plain,
            String eventIdentifier,
            String payloadType) {
        String keyId = snapshotKeyId(aggregateType, aggregateIdentifier);
        if (!sealNew || keyId == null) {
            return plain;
        }
        return seal(keys.keyFor(keyId), plain, eventIdentifier, payloadType);
    }

    /** The payload sealed under this key, exactly as a new append seals it ({@link SealExistingEvents} too). */
    static BsonDocument seal(SubjectKey key, BsonDocument plain, String eventIdentifier, String payloadType) {
        String keyId = key.keyId();
        byte[] plaintext = bytes(plain);
        Aes256Gcm.Envelope envelope =
                Aes256Gcm.seal(key, plaintext, associatedData(eventIdentifier, payloadType, keyId));
        return new BsonDocument(
                SEALED,
                new BsonDocument(KEY, new BsonString(keyId))
                        .append(NONCE, new BsonBinary(envelope.nonce()))
                        .append(CIPHERTEXT, new BsonBinary(envelope.ciphertext())));
    }

    /** The key ids of the sealed payloads among these events, to look up at once before opening them. */
    static Set<String> keyIdsOf(Collection<BsonDocument> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (BsonDocument event : events) {
            String keyId = keyIdOf(event.get(EventDocuments.PAYLOAD));
            if (keyId != null) {
                ids.add(keyId);
            }
        }
        return ids;
    }

    /** The state of these keys; empty when there is nothing to look up or nothing to look it up in. */
    Map<String, KeyState> find(Set<String> keyIds) {
        if (keyIds.isEmpty()) {
            return Map.of();
        }
        if (keys == null) {
            throw new MissingSubjectKey(keyIds.iterator().next());
        }
        return keys.find(keyIds);
    }

    /** The key id a stored payload is sealed under, or {@code null} when it is not sealed. */
    static String keyIdOf(BsonValue payload) {
        if (payload != null && payload.isDocument()) {
            BsonValue sealed = payload.asDocument().get(SEALED);
            if (sealed != null && sealed.isDocument()) {
                return sealed.asDocument().getString(KEY).getValue();
            }
        }
        return null;
    }

    /**
     * Opens a sealed payload with its key's state.
     *
     * @return the payload as written, or {@code null} when the key was destroyed (the subject is erased)
     * @throws MissingSubjectKey when there is neither key nor tombstone
     */
    static BsonDocument open(BsonDocument payload, KeyState state, String eventIdentifier, String payloadType) {
        BsonDocument sealed = payload.getDocument(SEALED);
        String keyId = sealed.getString(KEY).getValue();
        if (state instanceof KeyState.Present present) {
            Aes256Gcm.Envelope envelope = new Aes256Gcm.Envelope(
                    sealed.getBinary(NONCE).getData(),
                    sealed.getBinary(CIPHERTEXT).getData());
            return new RawBsonDocument(
                    Aes256Gcm.open(present.key(), envelope, associatedData(eventIdentifier, payloadType, keyId)));
        }
        if (state instanceof KeyState.Destroyed) {
            return null;
        }
        throw new MissingSubjectKey(keyId);
    }

    /** The key of a snapshot of this aggregate, when its type names a kind of subject; else {@code null}. */
    static String snapshotKeyId(String aggregateType, String aggregateIdentifier) {
        if (aggregateType == null) {
            return null;
        }
        String prefix = aggregateType.toLowerCase(Locale.ROOT);
        for (DataSubject.Kind kind : DataSubject.Kind.values()) {
            if (kind.prefix().equals(prefix)) {
                return new DataSubject(kind, aggregateIdentifier).keyId();
            }
        }
        return null;
    }

    private static byte[] bytes(BsonDocument document) {
        RawBsonDocument raw = document instanceof RawBsonDocument given ? given : new RawBsonDocument(document, CODEC);
        java.nio.ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** {@code "joinedup-event-v1" 0 eventIdentifier 0 payloadType 0 keyId}: what an envelope is bound to. */
    static byte[] associatedData(String eventIdentifier, String payloadType, String keyId) {
        byte[] event = eventIdentifier.getBytes(StandardCharsets.UTF_8);
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        byte[] key = keyId.getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[VERSION.length + 1 + event.length + 1 + type.length + 1 + key.length];
        int at = 0;
        System.arraycopy(VERSION, 0, data, at, VERSION.length);
        at += VERSION.length + 1;
        System.arraycopy(event, 0, data, at, event.length);
        at += event.length + 1;
        System.arraycopy(type, 0, data, at, type.length);
        at += type.length + 1;
        System.arraycopy(key, 0, data, at, key.length);
        return data;
    }
}
