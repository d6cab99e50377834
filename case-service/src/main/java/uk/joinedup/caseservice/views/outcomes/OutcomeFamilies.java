package uk.joinedup.caseservice.views.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * Families and their current members as one viewer may see them for measuring outcomes, from the same read
 * models as the dashboard (ADR 25): each family as the outcomes read it ({@link FamilyRecord#forOutcomes}, kept
 * by version) and each member's live facts from their bucket, decided by the sharing policy at query time as the
 * viewer works with them through that family. For the payment-by-results claims ({@code views.claims}).
 *
 * <p>A summary of a family is remembered as the dashboard remembers a person's share (ADR 23, 24): kept with the
 * family's record at its version and the members it was made from, found again by the viewer's footing, or by
 * what the policy decided of each member's facts; so the policy decides every summary, made now or remembered.
 */
@Component
public class OutcomeFamilies {

    private final InvolvedFamilies families;
    private final OutcomeBuckets buckets;
    private final OutcomesSight sight;
    private final RememberedSummaries<FamilyRecord> remembered = new RememberedSummaries<>();

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
        return sight.viewer(actor);
    }

    /**
     * Each family's current members as the policy shows them to the viewer now, in the order of the family's
     * members; a member with no date of birth on record is left out, as by the dashboard.
     */
    public List<FamilySeen> seenBy(Actor actor, List<FamilyRecord> families) {
        OutcomesSight.Sight now = sight.of(actor);
        Map<String, OutcomePerson> filed = buckets.people(currentMembers(families));
        List<FamilySeen> seen = new ArrayList<>(families.size());
        for (FamilyRecord family : families) {
            List<OutcomePerson> members = filedMembers(family, filed);
            seen.add(seen(family, members, decisions(family, members, now)));
        }
        return seen;
    }

    /**
     * A summary of each family as the viewer sees it now, in the order given: remembered while the family, its
     * members' facts, consents and overrides, and what the policy decides of them are unchanged; made now
     * otherwise.
     */
    public <T> List<T> summarised(Actor actor, List<FamilyRecord> families, Summary<T> summary) {
        OutcomesSight.Sight now = sight.of(actor);
        RememberedSummaries.Key byFooting = RememberedSummaries.key(
                new RememberedSummaries.Footing(now.viewer(), now.agreements()), null, summary.key());
        Map<String, OutcomePerson> filed = buckets.people(currentMembers(families));
        List<T> made = new ArrayList<>(families.size());
        for (FamilyRecord family : families) {
            List<OutcomePerson> members = filedMembers(family, filed);
            T known = remembered(family, byFooting, members);
            if (known == null) {
                List<List<Decision>> decisions = decisions(family, members, now);
                RememberedSummaries.Decided byDecisions = new RememberedSummaries.Decided(
                        decisions.stream().flatMap(List::stream).toList(), summary.key());
                known = remembered(family, byDecisions, members);
                if (known == null) {
                    known = summary.of(seen(family, members, decisions));
                    remembered.remember(family, byDecisions, new Made(members, known));
                }
                remembered.remember(family, byFooting, new Made(members, known));
            }
            made.add(known);
        }
        return made;
    }

    /** What is remembered of a family only counts if made from the very members filed now. */
    @SuppressWarnings("unchecked")
    private <T> T remembered(FamilyRecord family, Object key, List<OutcomePerson> members) {
        if (!(remembered.remembered(family, key) instanceof Made made)
                || made.members().size() != members.size()) {
            return null;
        }
        for (int index = 0; index < members.size(); index++) {
            if (made.members().get(index) != members.get(index)) {
                return null;
            }
        }
        return (T) made.summary();
    }

    private static List<List<Decision>> decisions(
            FamilyRecord family, List<OutcomePerson> members, OutcomesSight.Sight now) {
        List<List<Decision>> decisions = new ArrayList<>(members.size());
        for (OutcomePerson person : members) {
            decisions.add(AsSeen.decisions(
                    person,
                    AsSeen.subject(person, family.relationshipTo(person.personId(), now.viewer())),
                    now.viewer(),
                    now.policy()));
        }
        return decisions;
    }

    private static FamilySeen seen(FamilyRecord family, List<OutcomePerson> members, List<List<Decision>> decisions) {
        List<PersonInScope> seen = new ArrayList<>(members.size());
        for (int index = 0; index < members.size(); index++) {
            seen.add(AsSeen.person(members.get(index), decisions.get(index)));
        }
        return new FamilySeen(family, seen);
    }

    private static Set<String> currentMembers(List<FamilyRecord> families) {
        Set<String> personIds = new HashSet<>();
        families.forEach(family -> family.members().values().stream()
                .filter(FamilyRecord.Member::current)
                .forEach(member -> personIds.add(member.personId())));
        return personIds;
    }

    private static List<OutcomePerson> filedMembers(FamilyRecord family, Map<String, OutcomePerson> filed) {
        List<OutcomePerson> members = new ArrayList<>();
        for (FamilyRecord.Member member : family.members().values()) {
            OutcomePerson person = member.current() ? filed.get(member.personId()) : null;
            if (person != null) {
                members.add(person);
            }
        }
        return members;
    }

    /** A family and its current members as seen. */
    public record FamilySeen(FamilyRecord family, List<PersonInScope> members) {}

    /** What is made of a family as seen; it must not refer to the family's record. */
    public interface Summary<T> {

        /** What else the summary depends on (e.g. the day judged), equal for summaries made alike. */
        Object key();

        T of(FamilySeen family);
    }

    /** A summary and the members it was made from. */
    private record Made(List<OutcomePerson> members, Object summary) {}
}
