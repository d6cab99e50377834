package uk.joinedup.caseservice.family.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.infrastructure.search.KeyBuckets;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;

/**
 * Files each family under the words of its name (their first letters and their sounds), and under
 * {@code member:<personId>} for each person in the household now, so that a search by a member's name or
 * postcode finds the family through the person index.
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
        IndexedFamily family = new IndexedFamily(event.familyId().value(), event.name());
        families.save(family.familyId(), family);
        keysOf(family.name()).forEach(key -> keys.file(key, family.familyId(), family.filing()));
    }

    @EventHandler
    void on(FamilyMemberJoined event) {
        String familyId = event.familyId().value();
        String filing = families.find(familyId).map(IndexedFamily::filing).orElse("");
        keys.file(memberKey(event.personId().value()), familyId, filing);
    }

    @EventHandler
    void on(FamilyMemberLeft event) {
        keys.unfile(memberKey(event.personId().value()), event.familyId().value());
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

    /** A family as the index knows it: its name. */
    record IndexedFamily(@JsonProperty("_id") String familyId, String name) {

        /** What a key holds about the family to rank it without reading it: its name's words. */
        String filing() {
            return String.join(" ", wordsOf(name));
        }
    }
}
