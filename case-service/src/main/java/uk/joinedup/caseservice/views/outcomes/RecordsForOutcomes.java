package uk.joinedup.caseservice.views.outcomes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesFacts;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WithheldReason;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * A caseload's people for the outcomes dashboard, from two read models: the family records, for how the viewer
 * works with each person ({@link InvolvedFamilies}: kept by version, so only families changed since are read
 * again, their stamps first, ADR 23); and the buckets of outcome facts ({@link OutcomeBuckets}: each person's
 * live facts, consents and overrides), read by {@code _id $in} of the caseload's buckets, converted once per
 * version (ADR 20); the agreements are read once. Each live fact of each
 * person goes through the {@link SharingPolicy} for the viewer looking for the outcomes purpose, as the viewer
 * relates to the person through the caseload's families they are in now; a fact shown becomes a {@link
 * DatedFact} (a case note, which no figure reads, only counts as shown), a fact withheld only is counted by
 * category and reason for the access log, never shown. Decided at query time, so a consent or agreement given,
 * withdrawn or ended applies to the next request; what a summary made of a person is remembered only while all
 * it was made from is unchanged ({@link RememberedSummaries}).
 */
@Component
class RecordsForOutcomes implements OutcomesFacts {

    private final InvolvedFamilies families;
    private final OutcomeBuckets buckets;
    private final OutcomesSight sight;
    private final AccessLog accessLog;
    private final Clock clock;
    private final RememberedSummaries<OutcomePerson> remembered = new RememberedSummaries<>();

    RecordsForOutcomes(
            InvolvedFamilies families, OutcomeBuckets buckets, OutcomesSight sight, AccessLog accessLog, Clock clock) {
        this.families = families;
        this.buckets = buckets;
        this.sight = sight;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Override
    public List<PersonInScope> visibleTo(Actor actor, Collection<String> familyIds, Collection<String> personIds) {
        Looking looking = looking(actor);
        List<PersonInScope> visible = new ArrayList<>();
        for (Filed person : filed(looking, familyIds, personIds)) {
            visible.add(AsSeen.person(person.person(), decisions(person, looking)));
        }
        return visible;
    }

    /**
     * The summaries remembered of people unchanged since (ADR 23), the others summarised together now from what
     * the policy shows the viewer: the policy decides every summary, made now or remembered. A summary is found
     * by the viewer's footing without asking the policy again; failing that, by what the policy decides of each
     * of the person's facts for this viewer, as any viewer it decided the same for had it made (ADR 24).
     */
    @Override
    public <T> List<T> summarised(
            Actor actor, Collection<String> familyIds, Collection<String> personIds, Summary<T> summary) {
        Looking looking = looking(actor);
        List<T> made = new ArrayList<>();
        List<Filed> unknown = new ArrayList<>();
        List<RememberedSummaries.Decided> unknownDecided = new ArrayList<>();
        List<PersonInScope> toSummarise = new ArrayList<>();
        for (Filed person : filed(looking, familyIds, personIds)) {
            RememberedSummaries.Key key = looking.keyOf(person, summary);
            @SuppressWarnings("unchecked")
            T known = (T) remembered.remembered(person.person(), key);
            if (known == null) {
                List<Decision> decisions = decisions(person, looking);
                RememberedSummaries.Decided decided = new RememberedSummaries.Decided(decisions, summary.key());
                @SuppressWarnings("unchecked")
                T alike = (T) remembered.remembered(person.person(), decided);
                if (alike == null) {
                    unknown.add(person);
                    unknownDecided.add(decided);
                    toSummarise.add(AsSeen.person(person.person(), decisions));
                    continue;
                }
                remembered.remember(person.person(), key, alike);
                known = alike;
            }
            made.add(known);
        }
        if (!unknown.isEmpty()) {
            List<T> fresh = summary.of(toSummarise);
            for (int index = 0; index < unknown.size(); index++) {
                Filed person = unknown.get(index);
                remembered.remember(person.person(), looking.keyOf(person, summary), fresh.get(index));
                remembered.remember(person.person(), unknownDecided.get(index), fresh.get(index));
            }
            made.addAll(fresh);
        }
        return made;
    }

    /**
     * Reads and converts every bucket of outcome facts, and who is involved in every family, a few hundred at a
     * time: what the first dashboard after a start would otherwise wait for (ADR 24). Nothing is decided for
     * anyone: the policy runs only when someone asks.
     *
     * @return how many buckets and families were read
     */
    int[] warmUp() {
        return new int[] {buckets.warmUp(), families.warmUp()};
    }

    private Looking looking(Actor actor) {
        OutcomesSight.Sight now = sight.of(actor);
        return new Looking(
                now.viewer(),
                now.policy(),
                new RememberedSummaries.Footing(now.viewer(), now.agreements()),
                new HashMap<>());
    }

    /** The people asked for with a record and a date of birth, each as a subject of the policy for the viewer. */
    private List<Filed> filed(Looking looking, Collection<String> familyIds, Collection<String> personIds) {
        Map<String, WorkingRelationship> relationships = new HashMap<>();
        for (FamilyRecord family : families.of(familyIds)) {
            for (String personId : family.members().keySet()) {
                relationships.merge(
                        personId, family.relationshipTo(personId, looking.viewer()), WorkingRelationship::closer);
            }
        }
        Map<String, OutcomePerson> filed = buckets.people(personIds);
        List<Filed> people = new ArrayList<>();
        for (String personId : personIds) {
            OutcomePerson person = filed.get(personId);
            if (person != null) {
                people.add(new Filed(person, relationships.getOrDefault(personId, WorkingRelationship.NONE)));
            }
        }
        return people;
    }

    /** A person of the caseload as filed, and how the viewer works with them. */
    private record Filed(OutcomePerson person, WorkingRelationship relationship) {

        /** The person as a subject of the policy. */
        Subject subject() {
            return AsSeen.subject(person, relationship);
        }
    }

    /**
     * The viewer of one request, the policy as it stands, and what summaries remembered for them depend on: one
     * key for each relationship the viewer has with people of the caseload.
     */
    private record Looking(
            Viewer viewer,
            Disclosure policy,
            RememberedSummaries.Footing footing,
            Map<WorkingRelationship, RememberedSummaries.Key> keys) {

        RememberedSummaries.Key keyOf(Filed person, Summary<?> summary) {
            return keys.computeIfAbsent(
                    person.relationship(),
                    relationship -> RememberedSummaries.key(footing, relationship, summary.key()));
        }
    }

    /** What the policy decides of each of the person's live facts for the viewer, in the order filed. */
    private static List<Decision> decisions(Filed person, Looking looking) {
        return AsSeen.decisions(person.person(), person.subject(), looking.viewer(), looking.policy());
    }

    @Override
    public void logShown(Actor actor, String what, Collection<PersonInScope> listed) {
        Map<String, PersonInScope.Decided> decided = new LinkedHashMap<>();
        listed.forEach(person -> decided.put(person.personId(), person.disclosed()));
        logShown(actor, Viewed.OUTCOMES_PEOPLE, what, decided);
    }

    /**
     * Appends to the access log that the people were listed with what the policy decided of their facts: their
     * identity (to match them) and the categories shown on their bases, the withheld only counted by reason.
     *
     * @param decided what was decided of each person listed, by person id
     */
    public void logShown(Actor actor, Viewed what, String subject, Map<String, PersonInScope.Decided> decided) {
        Map<InformationCategory, Set<Basis>> shownOn = new EnumMap<>(InformationCategory.class);
        Map<InformationCategory, Set<WithheldReason>> withheld = new EnumMap<>(InformationCategory.class);
        Set<String> references = new LinkedHashSet<>();
        Set<String> personIds = new LinkedHashSet<>(decided.keySet());
        for (PersonInScope.Decided disclosed : decided.values()) {
            shownOn.computeIfAbsent(InformationCategory.IDENTITY, any -> EnumSet.noneOf(Basis.class))
                    .add(Basis.MATCHING);
            disclosed.shownOn().forEach((category, bases) -> shownOn.computeIfAbsent(
                            category, any -> EnumSet.noneOf(Basis.class))
                    .addAll(bases));
            disclosed.withheld().forEach((category, reasons) -> withheld.computeIfAbsent(
                            category, any -> EnumSet.noneOf(WithheldReason.class))
                    .addAll(reasons));
            references.addAll(disclosed.references());
        }
        accessLog.append(new AccessRecord(
                clock.instant(),
                actor.userId(),
                actor.name(),
                actor.agency(),
                what,
                subject,
                personIds,
                shownOn,
                withheld,
                List.copyOf(references),
                null));
    }
}
