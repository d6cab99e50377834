package uk.joinedup.caseservice.views.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.budget.record.BudgetRecords;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.costs.FamilyCosts;
import uk.joinedup.caseservice.family.api.AssessedNeed;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
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
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * Answers the person and family pages: reads the records (or rebuilds them "as at"), works out how the
 * viewer relates to each person in them, discloses only what the sharing policy allows, and logs the
 * view before answering.
 */
@Component
class CaseFileQueries {

    /** The kinds of entry that appoint or hand over the lead professional: the family record names entries by event. */
    private static final Set<String> LEAD_CHANGES =
            Set.of(LeadProfessionalAppointed.class.getSimpleName(), LeadProfessionalHandedOver.class.getSimpleName());

    private final PersonRecords people;
    private final FamilyRecords families;
    private final Memberships memberships;
    private final CaseFileSharing sharing;
    private final AccessLog accessLog;
    private final BudgetRecords budgets;
    private final FamilyCosts costs;
    private final DisengagementFlags disengagements;

    CaseFileQueries(
            PersonRecords people,
            FamilyRecords families,
            Memberships memberships,
            CaseFileSharing sharing,
            AccessLog accessLog,
            BudgetRecords budgets,
            FamilyCosts costs,
            DisengagementFlags disengagements) {
        this.people = people;
        this.families = families;
        this.memberships = memberships;
        this.sharing = sharing;
        this.accessLog = accessLog;
        this.budgets = budgets;
        this.costs = costs;
        this.disengagements = disengagements;
    }

    @QueryHandler
    Optional<PersonView> handle(GetPerson query) {
        Optional<PersonRecord> found =
                query.asAt() == null ? people.find(query.personId()) : people.asAt(query.personId(), query.asAt());
        // Sharing is decided on today's relationships, consents and agreements, also when looking at the past.
        return found.map(person -> personView(person, query));
    }

    @QueryHandler
    Optional<FamilyView> handle(GetFamily query) {
        Optional<FamilyRecord> found =
                query.asAt() == null ? families.find(query.familyId()) : families.asAt(query.familyId(), query.asAt());
        Optional<FamilyRecord> today = query.asAt() == null ? found : families.find(query.familyId());
        return found.map(family -> familyView(family, today.orElse(family), query));
    }

    private PersonView personView(PersonRecord person, GetPerson query) {
        Viewer viewer = sharing.viewer(query.viewer());
        List<FamilyRecord> theirFamilies = families.findAll(memberships.currentFamiliesOf(person.personId()));
        Subject subject = sharing.person(viewer, person, theirFamilies);
        Disclosed<ChronologyEntry> disclosed = sharing.disclosure()
                .disclose(viewer, person.entries().values(), entry -> subject, CaseFileQueries::shared);
        boolean identityVisible =
                disclosed.visible().stream().anyMatch(entry -> entry.entryId().equals(PersonRecord.REGISTERED));
        List<ChronologyEntry> matching = newestFirst(disclosed.visible(), query.filter());
        ChronologyPage page = new ChronologyPage(query.page(), query.pageSize(), matching.size());

        accessLog.append(AccessRecords.of(
                viewer,
                query.viewer().name(),
                query.asAt() == null ? Viewed.PERSON : Viewed.PERSON_AS_AT,
                person.personId(),
                Set.of(person.personId()),
                List.of(disclosed)));
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
                page.of(matching),
                page,
                disclosed.withheldCount(),
                WithheldEntries.of(disclosed.withheld(), person.entries().values()),
                AgencyOption.of(disclosed.visible()),
                person.version(),
                query.asAt());
    }

    private FamilyView familyView(FamilyRecord family, FamilyRecord current, GetFamily query) {
        Viewer viewer = sharing.viewer(query.viewer());
        Map<String, PersonRecord> members = membersOf(family, query.asAt());
        List<PersonRecord> currentMembers = current.members().values().stream()
                .filter(Member::current)
                .map(member -> members.get(member.personId()))
                .filter(person -> person != null)
                .toList();
        Disclosure disclosure = sharing.disclosure();
        Subject familySubject = sharing.family(viewer, current, currentMembers);
        boolean casework =
                disclosure.mayShow(viewer, familySubject, SharedEntry.casework(family.registeredBy(), null, null));

        Disclosed<ChronologyEntry> familyEntries = disclosure.disclose(
                viewer,
                family.entries().values(),
                entry -> familySubject,
                entry -> SharedEntry.casework(entry.owningAgency(), entry.owningAgencyKind(), entry.occurredOn()));
        List<Disclosed<ChronologyEntry>> disclosed = new ArrayList<>(List.of(familyEntries));
        List<ChronologyEntry> everyEntry = new ArrayList<>(family.entries().values());
        for (Member member : family.members().values()) {
            PersonRecord person = members.get(member.personId());
            if (person != null) {
                CaseFileSharing.MemberEntries whileMember =
                        sharing.whileMember(viewer, disclosure, current, member, person);
                everyEntry.addAll(whileMember.entries());
                disclosed.add(whileMember.disclosed());
            }
        }
        Disclosed<AssessedNeed> evidence = evidence(disclosure, viewer, familySubject, family, casework);
        List<ChronologyEntry> visible =
                disclosed.stream().flatMap(part -> part.visible().stream()).toList();
        List<Disclosure.Withheld> withheld = disclosed.stream()
                .flatMap(part -> part.withheld().stream())
                .collect(Collectors.toCollection(ArrayList::new));
        withheld.addAll(evidence.withheld());
        BudgetRecord budget =
                casework ? budgets.of(new FamilyId(family.familyId())).orElse(null) : null;
        // A past date's page judges what was due by that date, not by today.
        LocalDate judgedOn = query.asAt() == null ? viewer.today() : query.asAt();
        List<ChronologyEntry> matching = newestFirst(visible, query.filter());
        ChronologyPage page = new ChronologyPage(query.page(), query.pageSize(), matching.size());

        accessLog.append(AccessRecords.of(
                viewer,
                query.viewer().name(),
                query.asAt() == null ? Viewed.FAMILY : Viewed.FAMILY_AS_AT,
                family.familyId(),
                members.keySet(),
                concat(disclosed, evidence)));
        return new FamilyView(
                family.familyId(),
                family.name(),
                family.status(),
                family.openedOn(),
                casework ? family.closure() : null,
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
                casework ? assessmentView(family.assessments(), Set.copyOf(evidence.visible())) : null,
                casework && family.plan() != null ? planView(family.plan(), judgedOn) : null,
                casework ? family.reviews() : List.of(),
                family.nextReviewOn(),
                family.reviewOverdueOn(judgedOn),
                names(members),
                page.of(matching),
                page,
                leadChanges(visible),
                withheld.stream().mapToInt(Disclosure.Withheld::count).sum(),
                WithheldEntries.of(withheld, everyEntry),
                AgencyOption.of(visible),
                family.version(),
                query.asAt(),
                YouMay.of(current, viewer),
                joinRequests(current, viewer),
                casework ? newestFirst(family.conferences()) : List.of(),
                casework ? family.transfers() : List.of(),
                query.asAt() == null && current.decidesTransfer(viewer),
                casework ? disengagements.of(family, visible) : null,
                casework ? budget(budget, family, current, viewer, query.asAt()) : null,
                casework ? costs.of(visible, family, budget, judgedOn) : null);
    }

    /**
     * The family's budget for one who may see its casework, as at the date asked about; the goals it serves named
     * by the plan of that date. Changes are offered only on today's page.
     */
    private static BudgetView budget(
            BudgetRecord budget, FamilyRecord family, FamilyRecord current, Viewer viewer, LocalDate asAt) {
        boolean today = asAt == null;
        return BudgetView.of(
                budget == null || today ? budget : budget.asAt(asAt),
                family.plan() == null ? List.of() : family.plan().goals(),
                today && viewer.practitioner() && current.managedBy(viewer),
                today && current.ledBy(viewer.userId()) && current.plan() != null);
    }

    private static List<FamilyRecord.Conference> newestFirst(List<FamilyRecord.Conference> conferences) {
        List<FamilyRecord.Conference> newestFirst = new ArrayList<>(conferences);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Requests to join the team, for those who decide them (today's record, also when looking at the past). */
    private static List<FamilyRecord.JoinRequest> joinRequests(FamilyRecord current, Viewer viewer) {
        if (!YouMay.of(current, viewer).manageTeam()) {
            return List.of();
        }
        return current.joinRequests().values().stream()
                .sorted(Comparator.comparing(FamilyRecord.JoinRequest::requestedOn))
                .toList();
    }

    /** The latest assessment's evidence, each domain's as the information of its category it describes. */
    private static Disclosed<AssessedNeed> evidence(
            Disclosure disclosure, Viewer viewer, Subject familySubject, FamilyRecord family, boolean casework) {
        if (!casework || family.assessments().isEmpty()) {
            return disclosure.disclose(viewer, List.of(), need -> familySubject, need -> null);
        }
        Assessment latest = family.assessments().get(family.assessments().size() - 1);
        return disclosure.disclose(
                viewer,
                latest.needs(),
                need -> familySubject,
                need -> SharedEntry.agencyRecord(
                        latest.assessedBy() != null ? latest.assessedBy() : family.registeredBy(),
                        latest.assessedByKind(),
                        need.domain().category(),
                        latest.completedOn()));
    }

    private static List<Disclosed<?>> concat(
            List<Disclosed<ChronologyEntry>> entries, Disclosed<AssessedNeed> evidence) {
        List<Disclosed<?>> all = new ArrayList<>(entries);
        all.add(evidence);
        return all;
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

    private static FamilyView.AssessmentView assessmentView(
            List<Assessment> assessments, Set<AssessedNeed> evidenceShown) {
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
                        need.domain(),
                        need.score(),
                        previous.get(need.domain()),
                        evidenceShown.contains(need) ? need.evidence() : null))
                .toList();
        return new FamilyView.AssessmentView(latest.assessmentId(), latest.completedOn(), latest.completedBy(), needs);
    }

    private static FamilyView.PlanView planView(Plan plan, LocalDate judgedOn) {
        List<FamilyView.ActionView> actions = plan.actions().stream()
                .map(action -> new FamilyView.ActionView(
                        action.actionId().value(),
                        action.goalId().value(),
                        action.description(),
                        action.ownerAgency(),
                        action.ownerName(),
                        action.dueOn(),
                        plan.statusOf(action, judgedOn),
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

    /** What the policy needs to know about an entry of a person's chronology. */
    static SharedEntry shared(ChronologyEntry entry) {
        return SharedEntry.agencyRecord(
                entry.owningAgency(), entry.owningAgencyKind(), entry.category(), entry.occurredOn());
    }

    /** The entries the filter matches, newest first; entries recorded together keep one order on every page. */
    private static List<ChronologyEntry> newestFirst(List<ChronologyEntry> entries, ChronologyFilter filter) {
        ChronologyFilter applied = filter != null ? filter : ChronologyFilter.none();
        return entries.stream()
                .filter(applied::matches)
                .sorted(ChronologyEntry.NEWEST_FIRST.thenComparing(ChronologyEntry::entryId))
                .toList();
    }

    /** The lead professional's appointments and handovers, newest first: the team's history, unpaged. */
    private static List<ChronologyEntry> leadChanges(List<ChronologyEntry> visible) {
        return visible.stream()
                .filter(entry -> LEAD_CHANGES.contains(entry.kind()))
                .sorted(ChronologyEntry.NEWEST_FIRST.thenComparing(ChronologyEntry::entryId))
                .toList();
    }
}
