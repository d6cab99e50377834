package uk.joinedup.caseservice.family.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.infrastructure.search.KeyBuckets;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;
import uk.joinedup.caseservice.person.api.PersonErased;

/**
 * Files each family under the words of its name (their first letters and their sounds), and under
 * {@code member:<personId>} for each person in the household now, so that a search by a member's name or
 * postcode finds the family through the person index. An erased family leaves every key it is under; an erased
 * person's own key goes.
 */
@Component
@ProcessingGroup("family-index")
class FamilyIndex {

    static final String FAMILIES = "family_index_families";
    static final String KEYS = "family_index_buckets";

    private final DocumentCollection<IndexedFamily> families;
    private final KeyBuckets keys;

    FamilyIndex(MongoDocuments documents) {
        this.families = documents.collection(FAMILIES, IndexedFamily.class);
        this.keys = new KeyBuckets(documents, KEYS);
    }

    @EventHandler
    void on(FamilyRegistered event) {
        String familyId = event.familyId().value();
        Set<String> members =
                families.find(familyId).map(IndexedFamily::members).orElse(Set.of());
        IndexedFamily family = new IndexedFamily(familyId, event.name(), members);
        families.save(family.familyId(), family);
        keysOf(family.name()).forEach(key -> keys.file(key, family.familyId(), family.filing()));
    }

    @EventHandler
    void on(FamilyMemberJoined event) {
        String familyId = event.familyId().value();
        String personId = event.personId().value();
        String filing = families.find(familyId).map(IndexedFamily::filing).orElse("");
        keys.file(memberKey(personId), familyId, filing);
        families.addToSet(familyId, "members", personId);
    }

    @EventHandler
    void on(FamilyMemberLeft event) {
        String familyId = event.familyId().value();
        String personId = event.personId().value();
        keys.unfileAndDropIfEmpty(memberKey(personId), familyId);
        families.pull(familyId, "members", personId);
    }

    /**
     * The family leaves the keys of its name's words (each document left empty deleted: its {@code _id} is made of
     * the name) and of its members, whose keys held its name's words; and the index forgets its name.
     */
    @EventHandler
    void on(FamilyErased event) {
        String familyId = event.familyId().value();
        families.find(familyId).ifPresent(family -> {
            keysOf(family.name()).forEach(key -> keys.unfileAndDropIfEmpty(key, familyId));
            family.members().forEach(personId -> keys.unfileAndDropIfEmpty(memberKey(personId), familyId));
            families.delete(familyId);
        });
    }

    /** The person's own key goes (it holds the names of their families), and they leave their families' members. */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        String key = memberKey(personId);
        keys.read(List.of(key))
                .getOrDefault(key, Map.of())
                .keySet()
                .forEach(familyId -> families.pull(familyId, "members", personId));
        keys.forget(key);
    }

    @ResetHandler
    void reset() {
        families.deleteAll();
        keys.deleteAll();
    }

    static String memberKey(String personId) {
        return "member:" + personId;
    }

    static List<String> wordsOf(String name) {
        return FindFamilies.words(name);
    }

    private static Set<String> keysOf(String name) {
        Set<String> keys = new LinkedHashSet<>();
        wordsOf(name).forEach(word -> keys.addAll(NameMatching.keysOf(word)));
        return keys;
    }

    /**
     * A family as the index knows it: its name, and who is in its household now (whose keys it is filed under).
     */
    record IndexedFamily(@JsonProperty("_id") String familyId, String name, Set<String> members) {

        IndexedFamily {
            members = members == null ? Set.of() : Set.copyOf(members);
        }

        /** What a key holds about the family to rank it without reading it: its name's words. */
        String filing() {
            return String.join(" ", wordsOf(name));
        }
    }
}
