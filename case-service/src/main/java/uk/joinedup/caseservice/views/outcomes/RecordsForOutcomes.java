package uk.joinedup.caseservice.views.outcomes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agreement.record.AgreementRecords;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.emergency.record.OverrideRecords;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.outcomes.dashboard.Evidence;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesFacts;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.EmergencyAccess;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * A caseload's people for the outcomes dashboard, from the stored records: families, people, consents and
 * overrides each read by {@code _id $in} in batches (person and family records versioned and converted once
 * per version, ADR 20), the agreements once. Each live fact of each person goes through the {@link
 * SharingPolicy} for the viewer looking for the outcomes purpose, as the viewer relates to the person through
 * the caseload's families they are in now; a fact shown becomes a {@link DatedFact}, a fact withheld only
 * marks the person as having some withheld. Read at query time, so a consent or agreement given, withdrawn
 * or ended applies to the next request.
 */
@Component
class RecordsForOutcomes implements OutcomesFacts {

    /** Ids per {@code $in}: up to a thousand stay as fast as one on the embedded store (architecture.md §3). */
    private static final int BATCH = 1000;

    private final PersonRecords people;
    private final FamilyRecords families;
    private final ConsentRecords consents;
    private final OverrideRecords overrides;
    private final AgreementRecords agreements;
    private final SharingProtocol protocol;
    private final Clock clock;

    RecordsForOutcomes(
            PersonRecords people,
            FamilyRecords families,
            ConsentRecords consents,
            OverrideRecords overrides,
            AgreementRecords agreements,
            @Value("${joinedup.sharing.agreements-may-open-special-category:false}")
                    boolean agreementsMayOpenSpecialCategory,
            Clock clock) {
        this.people = people;
        this.families = families;
        this.consents = consents;
        this.overrides = overrides;
        this.agreements = agreements;
        this.protocol = new SharingProtocol(agreementsMayOpenSpecialCategory);
        this.clock = clock;
    }

    @Override
    public List<PersonInScope> visibleTo(Actor actor, Collection<String> familyIds, Collection<String> personIds) {
        Viewer viewer = Viewer.of(actor, clock.instant()).forPurpose(Purpose.OUTCOMES);
        SharingPolicy policy = new SharingPolicy(agreements.current(), protocol);
        Map<String, WorkingRelationship> relationships = new HashMap<>();
        for (FamilyRecord family : inBatches(familyIds, families::findAll)) {
            for (String personId : family.members().keySet()) {
                WorkingRelationship relationship = family.relationshipTo(personId, viewer);
                relationships.merge(personId, relationship, WorkingRelationship::closer);
            }
        }
        Map<String, List<ConsentTerms>> consentsOf = new HashMap<>();
        Map<String, List<EmergencyAccess>> overridesOf = new HashMap<>();
        List<PersonRecord> records = new ArrayList<>();
        for (List<String> batch : batches(personIds)) {
            consentsOf.putAll(consents.termsOfEach(batch));
            overridesOf.putAll(overrides.accessToEach(batch));
            records.addAll(people.findAll(batch));
        }
        List<PersonInScope> visible = new ArrayList<>();
        for (PersonRecord person : records) {
            if (person.details() == null || person.details().dateOfBirth() == null) {
                continue;
            }
            String personId = person.personId();
            Subject subject = new Subject(
                    relationships.getOrDefault(personId, WorkingRelationship.NONE),
                    person.details().dateOfBirth(),
                    consentsOf.getOrDefault(personId, List.of()),
                    overridesOf.getOrDefault(personId, List.of()));
            visible.add(asSeen(person, viewer, subject, policy));
        }
        return visible;
    }

    /** The person with the live facts the policy shows the viewer; whether it withheld any. */
    private static PersonInScope asSeen(PersonRecord person, Viewer viewer, Subject subject, SharingPolicy policy) {
        List<ChronologyEntry> live = person.entries().values().stream()
                .filter(entry -> entry.fact() != null && !entry.retracted())
                .sorted(Comparator.comparing(ChronologyEntry::occurredOn)
                        .thenComparing(ChronologyEntry::recordedAt)
                        .thenComparing(ChronologyEntry::entryId))
                .toList();
        List<DatedFact<?>> shown = new ArrayList<>();
        Map<String, Evidence> evidence = new HashMap<>();
        boolean withheld = false;
        for (ChronologyEntry entry : live) {
            SharedEntry shared = SharedEntry.agencyRecord(
                    entry.owningAgency(), entry.owningAgencyKind(), entry.category(), entry.occurredOn());
            if (policy.decide(viewer, subject, shared).shown()) {
                shown.add(new DatedFact<>(new FactId(entry.entryId()), entry.occurredOn(), entry.fact()));
                evidence.put(
                        entry.entryId(),
                        new Evidence(entry.entryId(), entry.kind(), entry.occurredOn(), entry.owningAgencyName()));
            } else {
                withheld = true;
            }
        }
        return new PersonInScope(
                person.personId(),
                person.details().name().fullName(),
                person.details().dateOfBirth(),
                new PersonFacts(
                        new PersonId(person.personId()), person.details().dateOfBirth(), shown),
                evidence,
                withheld);
    }

    private static <T> List<T> inBatches(Collection<String> ids, Function<List<String>, List<T>> read) {
        List<T> found = new ArrayList<>();
        batches(ids).forEach(batch -> found.addAll(read.apply(batch)));
        return found;
    }

    private static List<List<String>> batches(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
