package uk.joinedup.caseservice.views.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.consent.record.ConsentSummary;
import uk.joinedup.caseservice.consent.record.ConsentWording;
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
import uk.joinedup.caseservice.views.caseload.CaseloadProjection.CaseList;
import uk.joinedup.caseservice.views.caseload.CaseloadProjection.Caseload;

/**
 * Caseload summaries: read the caseload document, then the families and people by id. Cases needing
 * attention (overdue actions or review, no lead professional) come first.
 */
@Component
class CaseloadQueries {

    private static final Comparator<CaseloadView.CaseSummary> ATTENTION_FIRST = Comparator.comparing(
                    (CaseloadView.CaseSummary summary) -> !summary.needsAttention())
            .thenComparing(summary -> summary.status() != CaseStatus.OPEN)
            .thenComparing(CaseloadView.CaseSummary::name);

    private final DocumentCollection<Caseload> caseloads;
    private final DocumentCollection<CaseList> lists;
    private final FamilyRecords families;
    private final PersonRecords people;
    private final ConsentRecords consents;
    private final Clock clock;
    /** How far ahead a lead professional is told of consents ending. */
    static final int CONSENT_HORIZON_DAYS = 30;

    private static final Subject NO_RELATIONSHIP = Subject.related(WorkingRelationship.NONE);

    private final Disclosure disclosure = Disclosure.withoutAgreements();

    CaseloadQueries(
            MongoDocuments documents,
            FamilyRecords families,
            PersonRecords people,
            ConsentRecords consents,
            Clock clock) {
        this.consents = consents;
        this.caseloads = documents.collection(CaseloadProjection.CASELOADS, Caseload.class);
        this.lists = documents.collection(CaseloadProjection.CASE_LISTS, CaseList.class);
        this.families = families;
        this.people = people;
        this.clock = clock;
    }

    @QueryHandler
    CaseloadView handle(GetMyCaseload query) {
        String userId = query.viewer().userId();
        Caseload caseload = caseloads.find(userId).orElse(new Caseload(userId, null, null));
        LocalDate today = LocalDate.now(clock);
        List<FamilyRecord> theirFamilies = families.findAll(caseload.families()).stream()
                .filter(family -> caseworkVisible(query.viewer(), family))
                .toList();
        List<CaseloadView.CaseSummary> summaries = theirFamilies.stream()
                .map(family -> summary(family, userId, today))
                .sorted(ATTENTION_FIRST)
                .toList();
        boolean existenceVisible = disclosure.mayShow(viewer(query.viewer()), NO_RELATIONSHIP, SharedEntry.existence());
        List<CaseloadView.PersonSummary> registered = people.findAll(caseload.people()).stream()
                .filter(person -> existenceVisible)
                .map(person -> new CaseloadView.PersonSummary(
                        person.personId(),
                        person.details().name().fullName(),
                        person.details().dateOfBirth()))
                .sorted(Comparator.comparing(CaseloadView.PersonSummary::name))
                .toList();
        return new CaseloadView(
                summaries,
                registered,
                joinRequests(theirFamilies, userId),
                expiringConsents(viewer(query.viewer()), theirFamilies, today));
    }

    @QueryHandler
    List<CaseloadView.CaseSummary> handle(FindCasesWithoutLeadProfessional query) {
        if (!query.viewer().hasRole(Role.TEAM_MANAGER)) {
            return List.of();
        }
        Map<String, String> unled =
                lists.find(CaseloadProjection.UNLED).map(CaseList::families).orElse(Map.of());
        LocalDate today = LocalDate.now(clock);
        return families.findAll(unled.keySet()).stream()
                .filter(family -> caseworkVisible(query.viewer(), family))
                .map(family -> summary(family, query.viewer().userId(), today))
                .sorted(ATTENTION_FIRST)
                .toList();
    }

    @QueryHandler
    List<ReferralSummary> handle(FindReferralsAwaitingDecision query) {
        if (!query.viewer().hasRole(Role.TEAM_MANAGER)) {
            return List.of();
        }
        Map<String, String> awaiting = lists.find(CaseloadProjection.AWAITING_DECISION)
                .map(CaseList::families)
                .orElse(Map.of());
        return families.findAll(Set.copyOf(awaiting.values())).stream()
                .filter(family -> caseworkVisible(query.viewer(), family))
                .flatMap(family -> family.referrals().values().stream()
                        .filter(referral -> awaiting.containsKey(referral.referralId()))
                        .map(referral -> new ReferralSummary(
                                family.familyId(),
                                family.name(),
                                referral.referralId(),
                                referral.reason(),
                                referral.riskFactors(),
                                referral.receivedOn(),
                                referral.referredByName())))
                .sorted(Comparator.comparing(ReferralSummary::receivedOn))
                .toList();
    }

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
