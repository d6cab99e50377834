package uk.joinedup.caseservice.family.membership;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;

/**
 * Records which households each person is in now and which they have left, and answers "which families is this
 * person in?" and, for subject access, "which families has this person been in?".
 */
@Component
@ProcessingGroup("memberships")
public class Memberships {

    private final DocumentCollection<PersonMemberships> memberships;
    private final DocumentCollection<FamilyMembers> families;

    Memberships(MongoDocuments documents) {
        this.memberships = documents.collection("memberships", PersonMemberships.class);
        this.families = documents.collection("membership_families", FamilyMembers.class);
    }

    /** The families the person is a member of now. */
    public Set<String> currentFamiliesOf(String personId) {
        return memberships
                .find(personId)
                .map(PersonMemberships::currentFamilies)
                .orElse(Set.of());
    }

    /** Every family the person has been a member of, now or before (subject access, ADR 32). */
    public Set<String> everyFamilyOf(String personId) {
        return memberships
                .find(personId)
                .map(person -> {
                    Set<String> every = new HashSet<>(person.currentFamilies());
                    every.addAll(person.formerFamilies());
                    return Set.copyOf(every);
                })
                .orElse(Set.of());
    }

    /** The families each of these people is a member of now, by person id (none for someone absent). */
    public Map<String, Set<String>> currentFamiliesOf(Collection<String> personIds) {
        Map<String, Set<String>> found = new HashMap<>();
        memberships.findAll(personIds).forEach(person -> found.put(person.personId(), person.currentFamilies()));
        return found;
    }

    @EventHandler
    void on(FamilyMemberJoined event) {
        change(event.personId().value(), event.familyId().value(), true);
    }

    @EventHandler
    void on(FamilyMemberLeft event) {
        change(event.personId().value(), event.familyId().value(), false);
    }

    /** The person's households are forgotten with them, and they leave each household's members. */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        memberships.find(personId).ifPresent(person -> {
            Set<String> every = new HashSet<>(person.currentFamilies());
            every.addAll(person.formerFamilies());
            every.forEach(familyId -> families.pull(familyId, "members", personId));
            memberships.delete(personId);
        });
    }

    /** The family leaves the households of everyone who has been in it, and its members are forgotten. */
    @EventHandler
    void on(FamilyErased event) {
        String familyId = event.familyId().value();
        families.find(familyId).ifPresent(family -> {
            family.members().forEach(personId -> {
                memberships.pull(personId, "currentFamilies", familyId);
                memberships.pull(personId, "formerFamilies", familyId);
            });
            families.delete(familyId);
        });
    }

    @ResetHandler
    void reset() {
        memberships.deleteAll();
        families.deleteAll();
    }

    /** One atomic update: several families' events about one person are handled concurrently. */
    private void change(String personId, String familyId, boolean member) {
        families.addToSet(familyId, "members", personId);
        if (member) {
            memberships.addToSet(personId, "currentFamilies", familyId);
        } else {
            memberships.pull(personId, "currentFamilies", familyId);
            memberships.addToSet(personId, "formerFamilies", familyId);
        }
    }

    /** Everyone who has been in a household, current or former, as stored: whom its erasure reaches. */
    record FamilyMembers(@JsonProperty("_id") String familyId, Set<String> members) {

        FamilyMembers {
            members = members == null ? Set.of() : Set.copyOf(members);
        }
    }

    /**
     * A person's households, as stored.
     *
     * @param currentFamilies the households they are in now
     * @param formerFamilies the households they have left (they may have joined one again since)
     */
    record PersonMemberships(
            @JsonProperty("_id") String personId, Set<String> currentFamilies, Set<String> formerFamilies) {

        PersonMemberships {
            currentFamilies = currentFamilies == null ? Set.of() : Set.copyOf(currentFamilies);
            formerFamilies = formerFamilies == null ? Set.of() : Set.copyOf(formerFamilies);
        }
    }
}
