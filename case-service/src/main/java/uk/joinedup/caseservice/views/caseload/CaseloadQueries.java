package uk.joinedup.caseservice.views.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agency.TeamRoster;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.consent.record.ConsentSummary;
import uk.joinedup.caseservice.consent.record.ConsentWording;
import uk.joinedup.caseservice.engagement.DisengagementFlag;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.family.record.FamilyRecord.Plan;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;
import uk.joinedup.caseservice.views.casefile.DisengagementFlags;
import uk.joinedup.caseservice.views.caseload.CaseloadProjection.AwaitingReferral;
import uk.joinedup.caseservice.views.caseload.CaseloadProjection.Shard;

/**
 * Caseload pages: read the list's shards (each family with its {@link CaseKey}), order the whole list for
 * today, then read whole only the families and people on the page asked for, by id, and show them as the
 * sharing policy allows. A page's items the policy withholds are left out of it (they still count).
 */
@Component
class CaseloadQueries {

    private final DocumentCollection<Shard> shards;
    private final FamilyRecords families;
    private final PersonRecords people;
    private final ConsentRecords consents;
    private final TeamRoster roster;
    private final TransferInbox transferInbox;
    private final DisengagementFlags disengagements;
    private final Clock clock;
    /** How far ahead a lead professional is told of consents ending. */
    static final int CONSENT_HORIZON_DAYS = 30;

    /** A shard's lists: the cases on it, the people its owner registered, the referrals awaiting a decision. */
    private static final String CASES = "families";

    private static final String PEOPLE = "people";
    private static final String REFERRALS = "referrals";

    private static final Subject NO_RELATIONSHIP = Subject.related(WorkingRelationship.NONE);

    private final Disclosure disclosure = Disclosure.withoutAgreements();

    CaseloadQueries(
            MongoDocuments documents,
            FamilyRecords families,
            PersonRecords people,
            ConsentRecords consents,
            TeamRoster roster,
            TransferInbox transferInbox,
            DisengagementFlags disengagements,
            Clock clock) {
        this.disengagements = disengagements;
        this.consents = consents;
        this.transferInbox = transferInbox;
        this.shards = documents.collection(CaseloadProjection.SHARDS, Shard.class);
        this.families = families;
        this.people = people;
        this.roster = roster;
        this.clock = clock;
    }

    @QueryHandler
    CaseloadView handle(GetMyCaseload query) {
        Actor actor = query.viewer();
        String userId = actor.userId();
        LocalDate today = LocalDate.now(clock);
        List<ListedCase> listed = listedCases(read(userId, CASES)).stream()
                .sorted(ListedCase.attentionFirst(today))
                .toList();
        Page<CaseloadView.CaseSummary> page =
                Page.of(listed, query.page(), onPage -> summaries(actor, onPage, today).stream()
                        .map(Summarised::summary)
                        .toList());
        // The cases they lead, and the open ones nobody leads, where any of the team may have to act.
        List<String> theirs = listed.stream()
                .filter(one -> userId.equals(one.key().lead()) || one.key().needsLeadProfessional())
                .map(ListedCase::familyId)
                .toList();
        List<FamilyRecord> theyAnswerFor = families.findAll(theirs).stream()
                .filter(family -> caseworkVisible(actor, family))
                .sorted(Comparator.comparing(FamilyRecord::familyId))
                .toList();
        return new CaseloadView(
                page.items(),
                page.page(),
                page.totalResults(),
                page.totalPages(),
                joinRequests(theyAnswerFor, userId),
                expiringConsents(viewer(actor), theyAnswerFor, today),
                followUpsDue(actor, theyAnswerFor));
    }

    /**
     * The open cases they lead, or that nobody leads, which a disengagement rule flags from the members' facts
     * they may see: the longest waiting first.
     */
    private List<CaseloadView.FollowUpDue> followUpsDue(Actor actor, List<FamilyRecord> theyAnswerFor) {
        Map<String, FamilyRecord> byId = byId(theyAnswerFor);
        return disengagements.raisedOn(actor, theyAnswerFor).entrySet().stream()
                .map(raised -> {
                    FamilyRecord family = byId.get(raised.getKey());
                    DisengagementFlag flag = raised.getValue();
                    return new CaseloadView.FollowUpDue(
                            family.familyId(),
                            family.name(),
                            family.ledBy(actor.userId()),
                            flag.rule(),
                            flag.facts(),
                            flag.from(),
                            flag.to());
                })
                .sorted(Comparator.comparing(CaseloadView.FollowUpDue::to)
                        .thenComparing(CaseloadView.FollowUpDue::familyName))
                .toList();
    }

    @QueryHandler
    CasePage handle(FindCasesWithoutLeadProfessional query) {
        if (!query.viewer().hasRole(Role.TEAM_MANAGER)) {
            return new CasePage(Page.of(List.of(), query.page(), none -> List.of()));
        }
        LocalDate today = LocalDate.now(clock);
        List<ListedCase> listed = listedCases(read(CaseloadProjection.UNLED, CASES)).stream()
                .filter(one -> one.key().mayBeManagedBy(query.viewer()))
                .sorted(ListedCase.attentionFirst(today))
                .toList();
        return new CasePage(Page.of(listed, query.page(), onPage -> summaries(query.viewer(), onPage, today).stream()
                .map(Summarised::summary)
                .toList()));
    }

    @QueryHandler
    ReferralPage handle(FindReferralsAwaitingDecision query) {
        if (!query.viewer().hasRole(Role.TEAM_MANAGER)) {
            return new ReferralPage(Page.of(List.of(), query.page(), none -> List.of()));
        }
        List<Map.Entry<String, AwaitingReferral>> awaiting =
                read(CaseloadProjection.AWAITING_DECISION, REFERRALS).stream()
                        .flatMap(shard -> shard.referrals().entrySet().stream())
                        .filter(entry -> entry.getValue()
                                        .agencies()
                                        .contains(query.viewer().agency().value())
                                || query.viewer().agencyKind() == AgencyKind.EARLY_HELP)
                        .sorted(Comparator.comparing((Map.Entry<String, AwaitingReferral> entry) ->
                                        entry.getValue().receivedOn())
                                .thenComparing(entry -> entry.getValue().familyName())
                                .thenComparing(Map.Entry::getKey))
                        .toList();
        return new ReferralPage(Page.of(awaiting, query.page(), onPage -> {
            Map<String, FamilyRecord> theirFamilies = byId(families.findAll(
                    onPage.stream().map(entry -> entry.getValue().familyId()).collect(Collectors.toSet())));
            return onPage.stream()
                    .flatMap(entry -> Optional.ofNullable(
                            theirFamilies.get(entry.getValue().familyId()))
                            .filter(family -> caseworkVisible(query.viewer(), family))
                            .flatMap(family -> referral(family, entry.getKey()))
                            .stream())
                    .toList();
        }));
    }

    @QueryHandler
    List<TransferSummary> handle(FindTransfersAwaitingDecision query) {
        Actor viewer = query.viewer();
        if (!viewer.hasRole(Role.TEAM_MANAGER)) {
            return List.of();
        }
        Set<String> theirFamilies = transferInbox.awaiting().values().stream()
                .filter(transfer ->
                        transfer.receivingAgency().equals(viewer.agency().value()))
                .map(TransferInbox.AwaitingTransfer::familyId)
                .collect(Collectors.toSet());
        return families.findAll(theirFamilies).stream()
                .filter(family -> family.transferAwaits(viewer.agency()))
                .filter(family -> caseworkVisible(viewer, family))
                .map(family -> {
                    FamilyRecord.Transfer transfer = family.pendingTransfer();
                    return new TransferSummary(
                            family.familyId(),
                            family.name(),
                            transfer.transferId(),
                            transfer.from().name(),
                            transfer.from().agencyName(),
                            transfer.proposedLead().name(),
                            transfer.reason(),
                            transfer.proposedOn());
                })
                .sorted(Comparator.comparing(TransferSummary::proposedOn).thenComparing(TransferSummary::familyName))
                .toList();
    }

    private static Optional<ReferralSummary> referral(FamilyRecord family, String referralId) {
        return Optional.ofNullable(family.referrals().get(referralId))
                .map(referral -> new ReferralSummary(
                        family.familyId(),
                        family.name(),
                        referral.referralId(),
                        referral.reason(),
                        referral.riskFactors(),
                        referral.receivedOn(),
                        referral.referredByName()));
    }

    @QueryHandler
    RegisteredPeoplePage handle(FindPeopleRegistered query) {
        List<Map.Entry<String, Instant>> registered = read(query.viewer().userId(), PEOPLE).stream()
                .flatMap(shard -> shard.people().entrySet().stream())
                .sorted(Map.Entry.<String, Instant>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .toList();
        boolean existenceVisible = disclosure.mayShow(viewer(query.viewer()), NO_RELATIONSHIP, SharedEntry.existence());
        return new RegisteredPeoplePage(Page.of(registered, query.page(), onPage -> {
            if (!existenceVisible) {
                return List.of();
            }
            Map<String, Instant> when = new LinkedHashMap<>();
            onPage.forEach(entry -> when.put(entry.getKey(), entry.getValue()));
            Map<String, RegisteredPerson> found = new HashMap<>();
            people.findAll(when.keySet())
                    .forEach(person -> found.put(
                            person.personId(),
                            new RegisteredPerson(
                                    person.personId(),
                                    person.details().name().fullName(),
                                    person.details().dateOfBirth(),
                                    when.get(person.personId()))));
            return when.keySet().stream()
                    .map(found::get)
                    .filter(Objects::nonNull)
                    .toList();
        }));
    }

    @QueryHandler
    TeamCaseloadView handle(FindTeamCaseload query) {
        Actor manager = query.viewer();
        String team = manager.team();
        List<TeamCaseloadView.Keyworker> members = team == null
                ? List.of()
                : roster.members(manager.agency(), team).stream()
                        .sorted(Comparator.comparing(Practitioner::name).thenComparing(Practitioner::userId))
                        .map(member -> new TeamCaseloadView.Keyworker(member.userId(), member.name()))
                        .toList();
        List<TeamCaseloadView.Keyworker> chosen = members.stream()
                .filter(member -> query.keyworker() == null || member.userId().equals(query.keyworker()))
                .toList();
        Map<String, String> shardOwners = new HashMap<>();
        chosen.forEach(member -> Shards.all(member.userId()).forEach(id -> shardOwners.put(id, member.userId())));
        Map<String, CaseKey> keys = new HashMap<>();
        Map<String, List<String>> workedBy = new HashMap<>();
        for (Shard shard : shards.findAllWithOnly(shardOwners.keySet(), CASES)) {
            String member = shardOwners.get(shard.shardId());
            shard.families().forEach((familyId, key) -> {
                keys.put(familyId, key);
                workedBy.computeIfAbsent(familyId, id -> new ArrayList<>()).add(member);
            });
        }
        LocalDate today = LocalDate.now(clock);
        List<ListedCase> listed = keys.entrySet().stream()
                .map(entry -> new ListedCase(entry.getKey(), entry.getValue()))
                .filter(one -> query.status() != null
                        ? one.key().status() == query.status()
                        : one.key().status() != CaseStatus.CLOSED)
                .sorted(ListedCase.mostAttentionFirst(today))
                .toList();
        Map<String, String> names = members.stream()
                .collect(Collectors.toMap(TeamCaseloadView.Keyworker::userId, TeamCaseloadView.Keyworker::name));
        Page<TeamCaseloadView.TeamCase> page =
                Page.of(listed, query.page(), onPage -> summaries(manager, onPage, today).stream()
                        .map(one -> new TeamCaseloadView.TeamCase(
                                one.summary(),
                                workedBy.getOrDefault(one.listed().familyId(), List.of()).stream()
                                        .map(userId -> new TeamCaseloadView.Keyworker(userId, names.get(userId)))
                                        .sorted(Comparator.comparing(TeamCaseloadView.Keyworker::name))
                                        .toList(),
                                one.listed().key().referralsAwaiting()))
                        .toList());
        return new TeamCaseloadView(
                page.items(),
                page.page(),
                page.totalResults(),
                page.totalPages(),
                team,
                members,
                query.keyworker(),
                query.status());
    }

    /**
     * Every shard of an owner's list that exists, with only the one of its lists the caller needs (a
     * keyworker's shards also hold the people they registered): one {@code _id $in}.
     */
    private List<Shard> read(String owner, String list) {
        return shards.findAllWithOnly(Shards.all(owner), list);
    }

    private static List<ListedCase> listedCases(List<Shard> read) {
        return read.stream()
                .flatMap(shard -> shard.families().entrySet().stream())
                .map(entry -> new ListedCase(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The families on a page, read by id, in the page's order, as far as the viewer may see their casework. */
    private List<Summarised> summaries(Actor actor, List<ListedCase> onPage, LocalDate today) {
        Map<String, FamilyRecord> found =
                byId(families.findAll(onPage.stream().map(ListedCase::familyId).toList()));
        List<Summarised> shown = new ArrayList<>();
        for (ListedCase listed : onPage) {
            FamilyRecord family = found.get(listed.familyId());
            if (family != null && caseworkVisible(actor, family)) {
                shown.add(new Summarised(listed, summary(family, actor.userId(), today)));
            }
        }
        return shown;
    }

    private static Map<String, FamilyRecord> byId(List<FamilyRecord> records) {
        return records.stream().collect(Collectors.toMap(FamilyRecord::familyId, Function.identity()));
    }

    /** A family on a page, with how it was listed. */
    private record Summarised(ListedCase listed, CaseloadView.CaseSummary summary) {}

    /** Requests to join the teams of the families the user leads: theirs to decide. */
    private static List<CaseloadView.JoinRequestSummary> joinRequests(List<FamilyRecord> families, String userId) {
        return families.stream()
                .filter(family -> family.ledBy(userId))
                .flatMap(family -> family.joinRequests().values().stream()
                        .map(request -> new CaseloadView.JoinRequestSummary(
                                family.familyId(),
                                family.name(),
                                request.requester().userId(),
                                request.requester().name(),
                                request.requester().agencyName(),
                                request.reason(),
                                request.requestedOn())))
                .sorted(Comparator.comparing(CaseloadView.JoinRequestSummary::requestedOn))
                .toList();
    }

    /**
     * The consents of the current members of the families the viewer leads that end within {@value
     * #CONSENT_HORIZON_DAYS} days: sharing records, shown as the policy allows.
     */
    private List<CaseloadView.ExpiringConsent> expiringConsents(
            Viewer viewer, List<FamilyRecord> theirFamilies, LocalDate today) {
        List<CaseloadView.ExpiringConsent> expiring = new ArrayList<>();
        for (FamilyRecord family : theirFamilies) {
            if (!family.ledBy(viewer.userId())) {
                continue;
            }
            Map<String, String> agencyNames = new HashMap<>();
            family.team()
                    .values()
                    .forEach(member -> agencyNames.put(member.agency().value(), member.agencyName()));
            for (FamilyRecord.Member member : family.members().values()) {
                if (!member.current()) {
                    continue;
                }
                Set<String> ending = consents.expiringWithin(member.personId(), today, CONSENT_HORIZON_DAYS).stream()
                        .map(ConsentSummary::consentId)
                        .collect(Collectors.toSet());
                Subject subject = Subject.related(family.relationshipTo(member.personId(), viewer));
                String name = people.find(member.personId())
                        .map(person -> person.details().name().fullName())
                        .orElse("Unknown person");
                consents.of(member.personId()).stream()
                        .filter(consent -> ending.contains(consent.consentId()))
                        .filter(consent -> disclosure.mayShow(
                                viewer,
                                subject,
                                SharedEntry.sharingRecord(
                                        consent.recordedBy(), consent.recordedByAgencyKind(), consent.validFrom())))
                        .forEach(consent -> expiring.add(new CaseloadView.ExpiringConsent(
                                family.familyId(),
                                family.name(),
                                member.personId(),
                                name,
                                consent.consentId(),
                                ConsentWording.sentence(
                                        consent,
                                        today,
                                        agency -> agencyNames.getOrDefault(agency.value(), agency.value())),
                                consent.validUntil(),
                                ChronoUnit.DAYS.between(today, consent.validUntil()))));
            }
        }
        expiring.sort(Comparator.comparing(CaseloadView.ExpiringConsent::validUntil)
                .thenComparing(CaseloadView.ExpiringConsent::personName));
        return expiring;
    }

    /** Caseloads show family-level casework: whom the policy shows it to, as they relate to it today. */
    private boolean caseworkVisible(Actor actor, FamilyRecord family) {
        Viewer viewer = viewer(actor);
        return disclosure.mayShow(
                viewer,
                Subject.related(family.relationshipOf(viewer)),
                SharedEntry.casework(family.registeredBy(), null, null));
    }

    private Viewer viewer(Actor actor) {
        return Viewer.of(actor, clock.instant());
    }

    private static CaseloadView.CaseSummary summary(FamilyRecord family, String userId, LocalDate today) {
        boolean caseOpen = family.status() == CaseStatus.OPEN;
        Plan plan = family.plan();
        return new CaseloadView.CaseSummary(
                family.familyId(),
                family.name(),
                family.status(),
                family.lead() != null && family.lead().member().userId().equals(userId),
                family.lead() != null ? family.lead().member().name() : null,
                family.needsLeadProfessional(),
                caseOpen && plan != null ? (int) plan.countOverdue(today) : 0,
                caseOpen && plan != null ? (int) plan.countOutstanding(today) : 0,
                family.nextReviewOn(),
                family.reviewOverdueOn(today));
    }
}
