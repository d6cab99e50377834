package uk.joinedup.caseservice.views.identification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/**
 * What early identification reads to find candidates without scanning the store (ADR 29), every document by
 * {@code _id}:
 *
 * <ul>
 *   <li>{@value #PEOPLE}: each person ({@link IdentifiedPerson}), changed only by their own events;
 *   <li>{@value #ADDRESSES}: the people at each address key, one small document per address, changed by one
 *       atomic update ({@code $addToSet}/{@code $pull}), since several people's events are handled at once;
 *   <li>{@value #HOLDERS}: the people holding any live fact, with the kinds they hold, filed in {@value
 *       #SHARDS} documents by a hash of their id (one atomic update each), read whole at each request: a
 *       request evaluates only the households and families of people holding a kind the criteria read.
 * </ul>
 *
 * It records; it decides nothing about who may see what. Replays are harmless: every change sets a value.
 */
@Component
@ProcessingGroup("identification-people")
class IdentificationProjection {

    static final String PEOPLE = "identification_people";
    static final String ADDRESSES = "identification_addresses";
    static final String HOLDERS = "identification_fact_holders";

    /**
     * Shards of the fact holders: about 600 people each at 40,000 people (some 40 KB a document), read in one
     * {@code _id $in}. A changed count is a changed read-model shape.
     */
    static final int SHARDS = 64;

    private final DocumentCollection<IdentifiedPerson> people;
    private final DocumentCollection<AddressPeople> addresses;
    private final DocumentCollection<Holders> holders;

    IdentificationProjection(MongoDocuments documents) {
        this.people = documents.collection(PEOPLE, IdentifiedPerson.class);
        this.addresses = documents.collection(ADDRESSES, AddressPeople.class);
        this.holders = documents.collection(HOLDERS, Holders.class);
    }

    static String shardOf(String personId) {
        return "holders-" + Math.floorMod(personId.hashCode(), SHARDS);
    }

    static List<String> allShards() {
        List<String> ids = new ArrayList<>(SHARDS);
        for (int shard = 0; shard < SHARDS; shard++) {
            ids.add("holders-" + shard);
        }
        return ids;
    }

    @EventHandler
    void on(PersonRegistered event) {
        details(event.personId().value(), event.details());
    }

    @EventHandler
    void on(PersonDetailsCorrected event) {
        details(event.personId().value(), event.details());
    }

    @EventHandler
    void on(AgencyFactRecorded event) {
        change(
                event.personId().value(),
                person -> person.withFact(
                        event.factId().value(),
                        event.fact().getClass().getSimpleName(),
                        event.fact() instanceof ParentRecorded parent ? parent.parent() : null));
    }

    @EventHandler
    void on(AgencyFactCorrected event) {
        change(
                event.personId().value(),
                person -> person.withFact(
                        event.factId().value(),
                        event.fact().getClass().getSimpleName(),
                        event.fact() instanceof ParentRecorded parent ? parent.parent() : null));
    }

    @EventHandler
    void on(AgencyFactRetracted event) {
        change(
                event.personId().value(),
                person -> person.withoutFact(event.factId().value()));
    }

    /**
     * Forgets the person: out of their address's document (deleted when left empty, its {@code _id} being the
     * address), out of the fact holders, and their own document deleted. A parent named on another person's record
     * stays there: that is the other person's fact.
     */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        people.find(personId).ifPresent(person -> {
            if (person.addressKey() != null) {
                addresses.pull(person.addressKey(), "people", personId);
                addresses.deleteIfEmpty(person.addressKey(), "people");
            }
            people.delete(personId);
        });
        holders.removeEntry(shardOf(personId), "people", personId);
    }

    @ResetHandler
    void reset() {
        people.deleteAll();
        addresses.deleteAll();
        holders.deleteAll();
    }

    private void details(String personId, PersonDetails details) {
        IdentifiedPerson before = people.find(personId).orElseGet(() -> IdentifiedPerson.nobody(personId));
        String key = AddressKeys.of(details.address());
        if (before.addressKey() != null && !before.addressKey().equals(key)) {
            addresses.pull(before.addressKey(), "people", personId);
            addresses.deleteIfEmpty(before.addressKey(), "people");
        }
        if (key != null) {
            addresses.addToSet(key, "people", personId);
        }
        people.save(
                personId,
                before.named(details.name().givenNames(), details.name().familyName(), details.dateOfBirth(), key));
    }

    private void change(String personId, UnaryOperator<IdentifiedPerson> change) {
        IdentifiedPerson before = people.find(personId).orElseGet(() -> IdentifiedPerson.nobody(personId));
        IdentifiedPerson after = change.apply(before);
        people.save(personId, after);
        String kinds = after.kindsText();
        if (kinds.isEmpty()) {
            holders.removeEntry(shardOf(personId), "people", personId);
        } else if (!Objects.equals(kinds, before.kindsText()) || before.kinds().isEmpty()) {
            holders.putEntry(shardOf(personId), "people", personId, kinds);
        }
    }

    /** The people filed, by person id. */
    Map<String, IdentifiedPerson> people(Collection<String> personIds) {
        Map<String, IdentifiedPerson> found = new HashMap<>();
        people.findAll(personIds).forEach(person -> found.put(person.personId(), person));
        return found;
    }

    /** The people at each of these address keys. */
    Map<String, Set<String>> atAddresses(Collection<String> keys) {
        Map<String, Set<String>> found = new HashMap<>();
        addresses.findAll(keys).forEach(address -> found.put(address.addressKey(), address.people()));
        return found;
    }

    /** Every person holding a live fact, with the kinds they hold (comma-separated), in one read. */
    Map<String, String> holders() {
        Map<String, String> all = new HashMap<>();
        holders.findAll(allShards()).forEach(shard -> all.putAll(shard.people()));
        return all;
    }

    /** The people at one address key. */
    record AddressPeople(@JsonProperty("_id") String addressKey, Set<String> people) {

        AddressPeople {
            people = people == null ? Set.of() : Set.copyOf(people);
        }
    }

    /** One shard of the fact holders: person id to the kinds they hold. */
    record Holders(@JsonProperty("_id") String shard, Map<String, String> people) {

        Holders {
            people = people == null ? Map.of() : Map.copyOf(people);
        }
    }
}
