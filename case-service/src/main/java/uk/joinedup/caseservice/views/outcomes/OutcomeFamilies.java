package uk.joinedup.caseservice.views.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * Families and their current members as one viewer may see them for measuring outcomes, from the same read
 * models as the dashboard (ADR 25): each family as the outcomes read it ({@link FamilyRecord#forOutcomes}, kept
 * by version) and each member's live facts from their bucket, decided by the sharing policy at query time as the
 * viewer works with them through that family. For the payment-by-results claims ({@code views.claims}).
 */
@Component
public class OutcomeFamilies {

    private final InvolvedFamilies families;
    private final OutcomeBuckets buckets;
    private final OutcomesSight sight;

    OutcomeFamilies(InvolvedFamilies families, OutcomeBuckets buckets, OutcomesSight sight) {
        this.families = families;
        this.buckets = buckets;
        this.sight = sight;
    }

    /** The families with these ids that exist, as the outcomes read them, in no particular order. */
    public List<FamilyRecord> of(Collection<String> familyIds) {
        return families.of(familyIds);
    }

    /** The viewer measuring outcomes now. */
    public Viewer viewer(Actor actor) {
        return sight.of(actor).viewer();
    }

    /**
     * Each family's current members as the policy shows them to the viewer now, in the order of the family's
     * members; a member with no date of birth on record is left out, as by the dashboard.
     */
    public List<FamilySeen> seenBy(Actor actor, List<FamilyRecord> families) {
        OutcomesSight.Sight now = sight.of(actor);
        Set<String> personIds = new HashSet<>();
        families.forEach(family -> personIds.addAll(currentMembers(family)));
        Map<String, OutcomePerson> filed = buckets.people(personIds);
        List<FamilySeen> seen = new ArrayList<>(families.size());
        for (FamilyRecord family : families) {
            Map<String, PersonInScope> members = new LinkedHashMap<>();
            for (String personId : currentMembers(family)) {
                OutcomePerson person = filed.get(personId);
                if (person != null) {
                    members.put(
                            personId,
                            AsSeen.person(
                                    person,
                                    AsSeen.decisions(
                                            person,
                                            AsSeen.subject(person, family.relationshipTo(personId, now.viewer())),
                                            now.viewer(),
                                            now.policy())));
                }
            }
            seen.add(new FamilySeen(family, List.copyOf(members.values())));
        }
        return seen;
    }

    private static List<String> currentMembers(FamilyRecord family) {
        return family.members().values().stream()
                .filter(FamilyRecord.Member::current)
                .map(FamilyRecord.Member::personId)
                .toList();
    }

    /** A family and its current members as seen. */
    public record FamilySeen(FamilyRecord family, List<PersonInScope> members) {}
}
