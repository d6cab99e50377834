package uk.joinedup.caseservice.views.outcomes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agreement.record.AgreementRecords;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.dashboard.Evidence;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesFacts;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope.Decided;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.sharing.AgreementTerms;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WithheldReason;
import uk.joinedup.caseservice.sharing.WorkingRelationship;
import uk.joinedup.caseservice.views.outcomes.OutcomePerson.HeldConsent;

/**
 * A caseload's people for the outcomes dashboard, from two read models: the family records, for how the viewer
 * works with each person (remembered per family version and viewer, so only families changed since are read
 * again: their stamps first, ADR 23); and the buckets of outcome facts ({@link OutcomeFactsProjection}: each
 * person's live facts, consents and overrides), read by {@code _id $in} of the caseload's buckets. Both are
 * versioned and converted once per version (ADR 20); the agreements are read once. Each live fact of each
 * person goes through the {@link SharingPolicy} for the viewer looking for the outcomes purpose, as the viewer
 * relates to the person through the caseload's families they are in now; a fact shown becomes a {@link
 * DatedFact} (a case note, which no figure reads, only counts as shown), a fact withheld only is counted by
 * category and reason for the access log, never shown. Decided at query time, so a consent or agreement given,
 * withdrawn or ended applies to the next request; what a summary made of a person is remembered only while all
 * it was made from is unchanged ({@link RememberedSummaries}).
 */
@Component
class RecordsForOutcomes implements OutcomesFacts {

    /** Records read whole at once while warming up: 200 buckets are about 14 MB. */
    private static final int WARM_UP_CHUNK = 200;

    private final DocumentCollection<FactBucket> buckets;
    private final FamilyRecords families;
    private final AgreementRecords agreements;
    private final SharingProtocol protocol;
    private final AccessLog accessLog;
    private final Clock clock;
    private final RememberedSummaries remembered = new RememberedSummaries();

    /** Families' working relationships as last worked out, a few hundred bytes each: 10,000 families twice. */
    private final Cache<FamilyFooting, Map<String, WorkingRelationship>> workingRelationships =
            Caffeine.newBuilder().maximumSize(20_000).build();

    /** Who is involved in each family as last read ({@link FamilyRecord#whoIsInvolved}), a kilobyte or two each. */
    private final Cache<String, FamilyRecord> involvement =
            Caffeine.newBuilder().maximumSize(20_000).build();

    RecordsForOutcomes(
            MongoDocuments documents,
            FamilyRecords families,
            AgreementRecords agreements,
            @Value("${joinedup.sharing.agreements-may-open-special-category:false}")
                    boolean agreementsMayOpenSpecialCategory,
            AccessLog accessLog,
            Clock clock) {
        this.buckets = documents.versionedCollection(OutcomeFactsProjection.COLLECTION, FactBucket.class);
        this.families = families;
        this.agreements = agreements;
        this.protocol = new SharingProtocol(agreementsMayOpenSpecialCategory);
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Override
    public List<PersonInScope> visibleTo(Actor actor, Collection<String> familyIds, Collection<String> personIds) {
        Looking looking = looking(actor);
        List<PersonInScope> visible = new ArrayList<>();
        for (Filed person : filed(looking, familyIds, personIds)) {
            visible.add(asSeen(person.person(), decisions(person, looking)));
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
                    toSummarise.add(asSeen(person.person(), decisions));
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
        int buckets = 0;
        for (List<String> some : chunks(OutcomeFactsProjection.allBuckets())) {
            buckets += this.buckets.findAll(some).size();
        }
        int families = 0;
        for (List<String> some : chunks(this.families.ids())) {
            for (FamilyRecord family : this.families.findAll(some)) {
                involvement.put(family.familyId(), family.whoIsInvolved());
                families++;
            }
        }
        return new int[] {buckets, families};
    }

    /** Ids a few hundred at a time: what is read whole at once stays small beside the heap. */
    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += WARM_UP_CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + WARM_UP_CHUNK)));
        }
        return chunks;
    }

    private Looking looking(Actor actor) {
        Viewer viewer = Viewer.of(actor, clock.instant()).forPurpose(Purpose.OUTCOMES);
        List<AgreementTerms> current = agreements.current();
        return new Looking(
                viewer,
                new SharingPolicy(current, protocol),
                new RememberedSummaries.Footing(viewer, current),
                new HashMap<>());
    }

    /** The people asked for with a record and a date of birth, each as a subject of the policy for the viewer. */
    private List<Filed> filed(Looking looking, Collection<String> familyIds, Collection<String> personIds) {
        Map<String, WorkingRelationship> relationships = new HashMap<>();
        for (Map<String, WorkingRelationship> ofFamily : relationships(looking, familyIds)) {
            ofFamily.forEach((personId, relationship) ->
                    relationships.merge(personId, relationship, WorkingRelationship::closer));
        }
        Map<String, String> bucketIds = new HashMap<>();
        personIds.forEach(personId -> bucketIds.put(personId, OutcomeFactsProjection.bucketOf(personId)));
        Map<String, FactBucket> filed = new HashMap<>();
        buckets.findAll(new HashSet<>(bucketIds.values())).forEach(bucket -> filed.put(bucket.bucketId(), bucket));
        List<Filed> people = new ArrayList<>();
        for (String personId : personIds) {
            FactBucket bucket = filed.get(bucketIds.get(personId));
            OutcomePerson person = bucket == null ? null : bucket.people().get(personId);
            if (person != null && person.dateOfBirth() != null) {
                people.add(new Filed(person, relationships.getOrDefault(personId, WorkingRelationship.NONE)));
            }
        }
        return people;
    }

    /**
     * How the viewer works with the members of each family: remembered by the family's version and the viewer's
     * footing, so only families changed since (their stamps read first, ADR 23) are worked out again, from who is
     * involved in them as remembered at that version for any viewer (ADR 24), or else from the record read whole.
     */
    private List<Map<String, WorkingRelationship>> relationships(Looking looking, Collection<String> familyIds) {
        List<Map<String, WorkingRelationship>> known = new ArrayList<>();
        List<FamilyRecord> changed = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        Map<String, Long> versions = families.versions(familyIds);
        for (String familyId : familyIds) {
            Long version = versions.get(familyId);
            Map<String, WorkingRelationship> remembered = version == null
                    ? null
                    : workingRelationships.getIfPresent(new FamilyFooting(familyId, version, looking.footing()));
            FamilyRecord involved = version == null ? null : involvement.getIfPresent(familyId);
            if (remembered != null) {
                known.add(remembered);
            } else if (involved != null && involved.version() == version) {
                changed.add(involved);
            } else {
                unread.add(familyId);
            }
        }
        for (FamilyRecord family : families.findAll(unread)) {
            FamilyRecord involved = family.whoIsInvolved();
            involvement.put(family.familyId(), involved);
            changed.add(involved);
        }
        for (FamilyRecord family : changed) {
            Map<String, WorkingRelationship> ofFamily = new HashMap<>();
            family.members()
                    .keySet()
                    .forEach(personId -> ofFamily.put(personId, family.relationshipTo(personId, looking.viewer())));
            workingRelationships.put(
                    new FamilyFooting(family.familyId(), family.version(), looking.footing()), ofFamily);
            known.add(ofFamily);
        }
        return known;
    }

    /** A family at one version as one viewer's footing sees it. */
    private record FamilyFooting(String familyId, long version, RememberedSummaries.Footing footing) {}

    /** A person of the caseload as filed, and how the viewer works with them. */
    private record Filed(OutcomePerson person, WorkingRelationship relationship) {

        /** The person as a subject of the policy. */
        Subject subject() {
            return new Subject(
                    relationship,
                    person.dateOfBirth(),
                    person.consents().stream().map(HeldConsent::terms).toList(),
                    person.overrides());
        }
    }

    /**
     * The viewer of one request, the policy as it stands, and what summaries remembered for them depend on: one
     * key for each relationship the viewer has with people of the caseload.
     */
    private record Looking(
            Viewer viewer,
            SharingPolicy policy,
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
        Subject subject = person.subject();
        List<Decision> decisions = new ArrayList<>(person.person().entries().size());
        for (OutcomeEntry entry : person.person().entries()) {
            decisions.add(looking.policy()
                    .decide(
                            looking.viewer(),
                            subject,
                            SharedEntry.agencyRecord(
                                    entry.owningAgency(),
                                    entry.owningAgencyKind(),
                                    entry.category(),
                                    entry.occurredOn())));
        }
        return decisions;
    }

    /** The person with the live facts the policy showed, and what it decided of each category. */
    private static PersonInScope asSeen(OutcomePerson person, List<Decision> decisions) {
        List<DatedFact<?>> shown = new ArrayList<>();
        Map<String, Evidence> evidence = new HashMap<>();
        Map<InformationCategory, Set<Basis>> shownOn = new EnumMap<>(InformationCategory.class);
        Map<InformationCategory, Set<WithheldReason>> withheld = new EnumMap<>(InformationCategory.class);
        Set<String> references = new LinkedHashSet<>();
        for (int index = 0; index < decisions.size(); index++) {
            OutcomeEntry entry = person.entries().get(index);
            Decision decision = decisions.get(index);
            if (decision.shown()) {
                if (entry.fact() != null) {
                    shown.add(new DatedFact<>(new FactId(entry.entryId()), entry.occurredOn(), entry.fact()));
                    evidence.put(
                            entry.entryId(),
                            new Evidence(entry.entryId(), entry.kind(), entry.occurredOn(), entry.owningAgencyName()));
                }
                shownOn.computeIfAbsent(entry.category(), any -> EnumSet.noneOf(Basis.class))
                        .add(decision.basis());
                if (decision.reference() != null) {
                    references.add(decision.reference());
                }
            } else {
                withheld.computeIfAbsent(entry.category(), any -> EnumSet.noneOf(WithheldReason.class))
                        .add(decision.withheld());
            }
        }
        return new PersonInScope(
                person.personId(),
                person.name(),
                person.dateOfBirth(),
                new PersonFacts(new PersonId(person.personId()), person.dateOfBirth(), shown),
                evidence,
                new Decided(shownOn, withheld, List.copyOf(references)));
    }

    @Override
    public void logShown(Actor actor, String what, Collection<PersonInScope> listed) {
        Map<InformationCategory, Set<Basis>> shownOn = new EnumMap<>(InformationCategory.class);
        Map<InformationCategory, Set<WithheldReason>> withheld = new EnumMap<>(InformationCategory.class);
        Set<String> references = new LinkedHashSet<>();
        Set<String> personIds = new LinkedHashSet<>();
        for (PersonInScope person : listed) {
            personIds.add(person.personId());
            shownOn.computeIfAbsent(InformationCategory.IDENTITY, any -> EnumSet.noneOf(Basis.class))
                    .add(Basis.MATCHING);
            person.disclosed().shownOn().forEach((category, bases) -> shownOn.computeIfAbsent(
                            category, any -> EnumSet.noneOf(Basis.class))
                    .addAll(bases));
            person.disclosed().withheld().forEach((category, reasons) -> withheld.computeIfAbsent(
                            category, any -> EnumSet.noneOf(WithheldReason.class))
                    .addAll(reasons));
            references.addAll(person.disclosed().references());
        }
        accessLog.append(new AccessRecord(
                clock.instant(),
                actor.userId(),
                actor.name(),
                actor.agency(),
                Viewed.OUTCOMES_PEOPLE,
                what,
                personIds,
                shownOn,
                withheld,
                List.copyOf(references),
                null));
    }
}
