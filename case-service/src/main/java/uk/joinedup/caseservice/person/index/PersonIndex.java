package uk.joinedup.caseservice.person.index;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.infrastructure.search.KeyBuckets;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/**
 * Files every person under their lookup keys, and moves them when their details are corrected (keeping
 * the name they had as a previous name); takes them out of every key when they are erased. Built from events only:
 * a replay files everyone again.
 */
@Component
@ProcessingGroup("person-index")
class PersonIndex {

    static final String PEOPLE = "person_index_people";
    static final String KEYS = "person_index_buckets";

    private final DocumentCollection<IndexedPerson> people;
    private final KeyBuckets keys;

    PersonIndex(MongoDocuments documents) {
        this.people = documents.collection(PEOPLE, IndexedPerson.class);
        this.keys = new KeyBuckets(documents, KEYS);
    }

    @EventHandler
    void on(PersonRegistered event) {
        String personId = event.personId().value();
        if (people.find(personId).isEmpty()) { // delivered again: filed already, perhaps corrected since
            file(null, IndexedPerson.registered(personId, event.details()));
        }
    }

    @EventHandler
    void on(PersonDetailsCorrected event) {
        String personId = event.personId().value();
        IndexedPerson previous = people.find(personId).orElse(null);
        IndexedPerson corrected = previous != null
                ? previous.corrected(event.details())
                : IndexedPerson.registered(personId, event.details());
        file(previous, corrected);
    }

    /**
     * Takes the person out of every key they are filed under, deleting each key's document left empty (its {@code
     * _id} is made of a name, a date of birth, a postcode or an identifier), and forgets what the index kept of them.
     */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        people.find(personId).ifPresent(person -> {
            person.keys().forEach(key -> keys.unfileAndDropIfEmpty(key, personId));
            people.delete(personId);
        });
    }

    @ResetHandler
    void reset() {
        people.deleteAll();
        keys.deleteAll();
    }

    /**
     * Takes the person out of the keys they no longer have (deleting a key's document left empty: its {@code _id} is
     * a corrected name, date of birth or identifier) and files them under their keys with what the keys hold about
     * them; each change one atomic write, as people are filed from several threads.
     */
    private void file(IndexedPerson previous, IndexedPerson person) {
        Set<String> now = person.keys();
        if (previous != null) {
            previous.keys().stream()
                    .filter(key -> !now.contains(key))
                    .forEach(key -> keys.unfileAndDropIfEmpty(key, person.personId()));
        }
        people.save(person.personId(), person);
        boolean sameFiling = previous != null && previous.filing().equals(person.filing());
        Set<String> before = previous != null ? previous.keys() : Set.of();
        now.stream()
                .filter(key -> !sameFiling || !before.contains(key))
                .forEach(key -> keys.file(key, person.personId(), person.filing()));
    }
}
