package uk.joinedup.caseservice.person.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/** Files every person under their lookup keys, and moves them when their details are corrected. */
@Component
@ProcessingGroup("person-index")
class PersonIndex {

    static final String PEOPLE = "person_index_people";
    static final String KEYS = "person_index_keys";

    private final DocumentCollection<IndexedPerson> people;
    private final DocumentCollection<Bucket> keys;

    PersonIndex(MongoDocuments documents) {
        this.people = documents.collection(PEOPLE, IndexedPerson.class);
        this.keys = documents.collection(KEYS, Bucket.class);
    }

    @EventHandler
    void on(PersonRegistered event) {
        file(IndexedPerson.of(event.personId().value(), event.details()));
    }

    @EventHandler
    void on(PersonDetailsCorrected event) {
        String personId = event.personId().value();
        people.find(personId).ifPresent(previous -> previous.keys().forEach(key -> change(key, personId, false)));
        file(IndexedPerson.of(personId, event.details()));
    }

    @ResetHandler
    void reset() {
        people.deleteAll();
        keys.deleteAll();
    }

    private void file(IndexedPerson person) {
        people.save(person.personId(), person);
        person.keys().forEach(key -> change(key, person.personId(), true));
    }

    /** One atomic update: people with the same surname are filed from several threads at once. */
    private void change(String key, String personId, boolean filed) {
        if (filed) {
            keys.addToSet(key, "personIds", personId);
        } else {
            keys.pull(key, "personIds", personId);
        }
    }

    /** The people filed under one key. */
    record Bucket(@JsonProperty("_id") String key, Set<String> personIds) {

        Bucket {
            personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        }
    }
}
