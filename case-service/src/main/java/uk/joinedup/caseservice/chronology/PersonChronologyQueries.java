package uk.joinedup.caseservice.chronology;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/** Answers chronology queries from the read model: one {@code _id} lookup per person. */
@Component
class PersonChronologyQueries {

    static final Comparator<ChronologyEntry> NEWEST_FIRST = Comparator.comparing(ChronologyEntry::occurredOn)
            .thenComparing(ChronologyEntry::recordedAt)
            .reversed();

    private final MongoCollection<Document> chronologies;
    private final MongoDocuments documents;

    PersonChronologyQueries(MongoDatabase database, MongoDocuments documents) {
        this.chronologies = database.getCollection(PersonChronologyProjection.COLLECTION);
        this.documents = documents;
    }

    @QueryHandler
    Optional<PersonChronologyView> handle(GetPersonChronology query) {
        Document found =
                chronologies.find(new Document("_id", query.personId().value())).first();
        if (found == null || !found.containsKey("familyName")) {
            return Optional.empty();
        }
        PersonChronologyDocument chronology = documents.fromDocument(found, PersonChronologyDocument.class);
        Map<String, ChronologyEntry> entries = chronology.entries() != null ? chronology.entries() : Map.of();
        List<ChronologyEntry> newestFirst =
                entries.values().stream().sorted(NEWEST_FIRST).toList();
        return Optional.of(new PersonChronologyView(
                chronology.personId(),
                chronology.givenNames(),
                chronology.familyName(),
                chronology.dateOfBirth(),
                newestFirst,
                0));
    }
}
