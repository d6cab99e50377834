package uk.joinedup.caseservice.views.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.membership.Memberships;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.Assessment;
import uk.joinedup.caseservice.family.record.FamilyRecord.Member;
import uk.joinedup.caseservice.family.record.FamilyRecord.Plan;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * Answers the person and family pages: reads the records (or rebuilds them "as at"), works out how the
 * viewer relates to them, and discloses only what the sharing policy allows.
 */
@Component
class CaseFileQueries {

    private final PersonRecords people;
    private final FamilyRecords families;
    private final Memberships memberships;
    private final Disclosure disclosure = new Disclosure();
    private final Clock clock;

    CaseFileQueries(PersonRecords people, FamilyRecords families, Memberships memberships, Clock clock) {
        this.people = people;
        this.families = families;
        this.memberships = memberships;
        this.clock = clock;
    }

    @QueryHandler
    Optional<PersonView> handle(GetPerson query) {
        Optional<PersonRecord> found =
                query.asAt() == null ? people.find(query.personId()) : people.asAt(query.personId(), query.asAt());
        return found.map(person -> personView(person, query));
    }

    @QueryHandler
    Optional<FamilyView> handle(GetFamily query) {
        Optional<FamilyRecord> found =
                query.asAt() == null ? families.find(query.familyId()) : families.asAt(query.familyId(), query.asAt());
        // Sharing is decided on today's relationships, also when looking at the past.
        Optional<FamilyRecord> today = query.asAt() == null ? found : families.find(query.familyId());
        return found.map(family -> familyView(family, today.orElse(family), query));
    }

    private PersonView personView(PersonRecord person, GetPerson query) {
        List<FamilyRecord> theirFamilies = families.findAll(memberships.currentFamiliesOf(person.personId()));
        Viewer viewer = Viewer.of(query.viewer(), teamAgencies(theirFamilies));
        Disclosed<ChronologyEntry> disclosed =
                disclosure.disclose(viewer, person.entries().values(), entry -> personEntry(entry));
        boolean identityVisible = disclosure.mayShow(
                viewer, SharedEntry.agencyRecord(person.registeredBy(), InformationCategory.IDENTITY));
        return new PersonView(
                person.personId(),
                person.details().name().givenNames(),
                person.details().name().familyName(),
                person.details().dateOfBirth(),
                person.dateOfDeath(),
                identityVisible ? person.details() : null,
                theirFamilies.stream()
                        .map(family -> new PersonView.FamilyLink(family.familyId(), family.name()))
                        .sorted(Comparator.comparing(PersonView.FamilyLink::name))
                        .toList(),
                newestFirst(disclosed.visible(), query.filter()),
                disclosed.withheld(),
                AgencyOption.of(disclosed.visible()),
                person.version(),
                query.asAt());
    }

    private FamilyView familyView(FamilyRecord family, FamilyRecord current, GetFamily query) {
        Actor actor = query.viewer();
        Viewer viewer = Viewer.of(actor, teamAgencies(List.of(current)));
        boolean casework =
                viewer.onTheTeam() || viewer.manager() || actor.agency().equals(family.registeredBy());
        Map<String, PersonRecord> members = membersOf(family, query.asAt());

        List<Disclosable> all = new ArrayList<>();
        family.entries().values().forEach(entry -> all.add(new Disclosable(entry, true)));
        for (Member member : family.members().values()) {
            PersonRecord person = members.get(member.personId());
            if (person != null) {
                person.entries().values().stream()
                        .filter(entry ->
                                member.leftOn() == null || !entry.occurredOn().isAfter(member.leftOn()))
                        .forEach(entry -> all.add(new Disclosable(entry, false)));
            }
        }
        Disclosed<Disclosable> disclosed = disclosure.disclose(viewer, all, Disclosable::shared);
        List<ChronologyEntry> visible =
                disclosed.visible().stream().map(Disclosable::entry).toList();
        LocalDate today = LocalDate.now(clock);

        return new FamilyView(
                family.familyId(),
                family.name(),
                family.status(),
                family.openedOn(),
                family.closure(),
                casework,
                memberViews(family, members),
                casework ? List.copyOf(family.referrals().values()) : List.of(),
                casework
                        ? family.team().values().stream()
                                .sorted(Comparator.comparing(TeamMember::name))
                                .toList()
                        : List.of(),
                casework ? family.lead() : null,
                family.needsLeadProfessional(),
                casework ? assessmentView(family.assessments()) : null,
                casework && family.plan() != null ? planView(family.plan(), today) : null,
                casework ? family.reviews() : List.of(),
                family.nextReviewOn(),
                family.reviewOverdueOn(today),
                names(members),
                newestFirst(visible, query.filter()),
                disclosed.withheld(),
                AgencyOption.of(visible),
                family.version(),
                query.asAt());
    }

    private Map<String, PersonRecord> membersOf(FamilyRecord family, LocalDate asAt) {
        Set<String> ids = family.members().keySet();
        if (asAt == null) {
            return people.findAll(ids).stream().collect(Collectors.toMap(PersonRecord::personId, Function.identity()));
        }
        Map<String, PersonRecord> members = new HashMap<>();
        ids.forEach(id -> people.asAt(id, asAt).ifPresent(person -> members.put(id, person)));
        return members;
    }

    private static List<FamilyView.MemberView> memberViews(FamilyRecord family, Map<String, PersonRecord> members) {
        return family.members().values().stream()
                .map(member -> {
                    PersonRecord person = members.get(member.personId());
                    return new FamilyView.MemberView(
                            member.personId(),
                            person != null ? person.details().name().fullName() : "Unknown person",
                            person != null ? person.details().dateOfBirth() : null,
                            member.relationship(),
                            member.joinedOn(),
                            member.leftOn());
                })
                .sorted(Comparator.comparing((FamilyView.MemberView member) -> member.leftOn() != null)
                        .thenComparing(FamilyView.MemberView::joinedOn))
                .toList();
    }

    private static Map<String, String> names(Map<String, PersonRecord> members) {
        return members.values().stream().collect(Collectors.toMap(PersonRecord::personId, person -> person.details()
                .name()
                .fullName()));
    }

    private static FamilyView.AssessmentView assessmentView(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return null;
        }
        Assessment latest = assessments.get(assessments.size() - 1);
        Map<NeedDomain, Integer> previous = new HashMap<>();
        if (assessments.size() > 1) {
            assessments.get(assessments.size() - 2).needs().forEach(need -> previous.put(need.domain(), need.score()));
        }
        List<FamilyView.NeedView> needs = latest.needs().stream()
                .sorted(Comparator.comparing(AssessedNeed::domain))
                .map(need -> new FamilyView.NeedView(
                        need.domain(), need.score(), previous.get(need.domain()), need.evidence()))
                .toList();
        return new FamilyView.AssessmentView(latest.assessmentId(), latest.completedOn(), latest.completedBy(), needs);
    }

    private static FamilyView.PlanView planView(Plan plan, LocalDate today) {
        List<FamilyView.ActionView> actions = plan.actions().stream()
                .map(action -> new FamilyView.ActionView(
                        action.actionId().value(),
                        action.goalId().value(),
                        action.description(),
                        action.ownerAgency(),
                        action.ownerName(),
                        action.dueOn(),
                        plan.statusOf(action, today),
                        plan.completedActions().get(action.actionId().value())))
                .sorted(Comparator.comparing(FamilyView.ActionView::status).thenComparing(FamilyView.ActionView::dueOn))
                .toList();
        return new FamilyView.PlanView(
                plan.planId(),
                plan.agreedOn(),
                plan.nextReviewOn(),
                plan.familyAgreedBy(),
                plan.familyAgreedOn(),
                plan.goals(),
                actions);
    }

    private static Set<AgencyId> teamAgencies(List<FamilyRecord> families) {
        Set<AgencyId> agencies = new HashSet<>();
        families.forEach(family -> family.team().values().forEach(member -> agencies.add(member.agency())));
        return agencies;
    }

    private static SharedEntry personEntry(ChronologyEntry entry) {
        return SharedEntry.agencyRecord(entry.owningAgency(), entry.category());
    }

    private static List<ChronologyEntry> newestFirst(List<ChronologyEntry> entries, ChronologyFilter filter) {
        ChronologyFilter applied = filter != null ? filter : ChronologyFilter.none();
        return entries.stream()
                .filter(applied::matches)
                .sorted(ChronologyEntry.NEWEST_FIRST)
                .toList();
    }

    /** A chronology entry with whether it is family-level casework. */
    private record Disclosable(ChronologyEntry entry, boolean aboutTheFamily) {

        SharedEntry shared() {
            return aboutTheFamily
                    ? SharedEntry.casework(entry.owningAgency())
                    : SharedEntry.agencyRecord(entry.owningAgency(), entry.category());
        }
    }
}
