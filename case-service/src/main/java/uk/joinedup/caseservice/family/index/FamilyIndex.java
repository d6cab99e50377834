package uk.joinedup.caseservice.family.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/** Files each family under the words of its name. */
@Component
@ProcessingGroup("family-index")
class FamilyIndex {

    static final String COLLECTION = "family_index";
    private static final Set<String> NOT_NAMES = Set.of("family", "household", "the", "and");

    private final DocumentCollection<Bucket> words;

    FamilyIndex(MongoDocuments documents) {
        this.words = documents.collection(COLLECTION, Bucket.class);
    }

    @EventHandler
    void on(FamilyRegistered event) {
        wordsOf(event.name())
                .forEach(word -> words.addToSet(
                        "word:" + word, "familyIds", event.familyId().value()));
    }

    @ResetHandler
    void reset() {
        words.deleteAll();
    }

    /** The words a name is filed under: lower case letters only, accents removed, "family" left out. */
    static List<String> wordsOf(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z']+"))
                .map(word -> word.replace("'", ""))
                .filter(word -> !word.isEmpty() && !NOT_NAMES.contains(word))
                .distinct()
                .toList();
    }

    /** The families filed under one word. */
    record Bucket(@JsonProperty("_id") String key, Set<String> familyIds) {

        Bucket {
            familyIds = familyIds == null ? Set.of() : Set.copyOf(familyIds);
        }
    }
}
