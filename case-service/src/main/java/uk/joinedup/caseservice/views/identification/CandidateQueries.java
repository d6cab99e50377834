package uk.joinedup.caseservice.views.identification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agreement.record.AgreementRecords;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.membership.Memberships;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.identification.api.CandidatesList;
import uk.joinedup.caseservice.identification.api.CandidatesList.Candidate;
import uk.joinedup.caseservice.identification.api.FindCandidates;
import uk.joinedup.caseservice.identification.api.FoundCandidate;
import uk.joinedup.caseservice.identification.api.GetCandidate;
import uk.joinedup.caseservice.identification.record.DecisionRecords;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.outcomes.schemes.Schemes;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.views.outcomes.PeopleAsSeen;

/**
 * Answers the list of candidates for early help and one candidate (ADR 29). What a request reads, all by
 * {@code _id}: the {@value IdentificationProjection#SHARDS} shards of fact holders (who holds a kind of fact
 * the criteria read), those people's records, their current families' records (a family with no open case is a
 * candidate), the people at their addresses (a household of parents and children not together in one family is
 * a candidate), the members' facts from the outcome buckets decided by the sharing policy for {@link
 * Purpose#EARLY_IDENTIFICATION}, and the candidates' latest decisions. The day judged is today, from the clock.
 * The list is logged in the access log with the members listed and what the policy decided of their facts.
 */
@Component
class CandidateQueries {

    static final String TROUBLED_FAMILIES = "troubled-families-phase-1";
    static final String SUPPORTING_FAMILIES = "supporting-families";

    private final IdentificationProjection read;
    private final Memberships memberships;
    private final FamilyRecords families;
    private final PeopleAsSeen people;
    private final DecisionRecords decisions;
    private final AgreementRecords agreements;
    private final SharingProtocol protocol;
    private final Scheme troubledFamilies;
    private final Scheme supportingFamilies;
    private final Clock clock;

    CandidateQueries(
            IdentificationProjection read,
            Memberships memberships,
            FamilyRecords families,
            PeopleAsSeen people,
            DecisionRecords decisions,
            AgreementRecords agreements,
            @Value("${joinedup.sharing.agreements-may-open-special-category:false}")
                    boolean agreementsMayOpenSpecialCategory,
            Schemes schemes,
            Clock clock) {
        this.read = read;
        this.memberships = memberships;
        this.families = families;
        this.people = people;
        this.decisions = decisions;
        this.agreements = agreements;
        this.protocol = new SharingProtocol(agreementsMayOpenSpecialCategory);
        this.troubledFamilies = schemes.byId(TROUBLED_FAMILIES);
        this.supportingFamilies = schemes.byId(SUPPORTING_FAMILIES);
        this.clock = clock;
    }

    @QueryHandler
    CandidatesList handle(FindCandidates query) {
        Viewer viewer = viewerOf(query.viewer());
        int needed = evaluation(viewer).criteriaNeeded();
        if (!viewer.earlyHelpManager()) {
            return new CandidatesList(viewer.today(), needed, 0, List.of());
        }
        Listing listing = candidates(viewer);
        List<Candidate> listed =
                listing.found().stream().map(FoundCandidate::candidate).toList();
        Map<String, PersonInScope.Decided> shown = new LinkedHashMap<>();
        listed.forEach(candidate -> candidate.members().forEach(member -> Optional.ofNullable(
                        listing.seen().get(member.personId()))
                .ifPresent(seen -> shown.put(member.personId(), seen.disclosed()))));
        if (!shown.isEmpty()) {
            people.logShown(query.viewer(), Viewed.EARLY_IDENTIFICATION, "families who may meet the criteria", shown);
        }
        return new CandidatesList(viewer.today(), needed, listed.size(), listed);
    }

    @QueryHandler
    Optional<FoundCandidate> handle(GetCandidate query) {
        Viewer viewer = viewerOf(query.viewer());
        if (!viewer.earlyHelpManager()) {
            return Optional.empty();
        }
        return candidates(viewer).found().stream()
                .filter(found -> found.candidate()
                        .candidateId()
                        .equals(query.candidateId().value()))
                .findFirst();
    }

    private Set<String> kindsRead() {
        Set<String> kinds = new HashSet<>(troubledFamilies.entryKinds());
        kinds.addAll(supportingFamilies.entryKinds());
        return kinds;
    }

    private CandidateEvaluation evaluation(Viewer viewer) {
        return new CandidateEvaluation(troubledFamilies, supportingFamilies, kindsRead(), viewer.today());
    }

    private Viewer viewerOf(Actor actor) {
        return Viewer.of(actor, clock.instant()).forPurpose(Purpose.EARLY_IDENTIFICATION);
    }

    /** The candidates on the list today, best first, and how the policy showed their members. */
    private record Listing(List<FoundCandidate> found, Map<String, PeopleAsSeen.Seen> seen) {}

    /** Every candidate on the list today, best first. */
    private Listing candidates(Viewer viewer) {
        Set<String> kinds = kindsRead();
        Set<String> holding = new TreeSet<>();
        read.holders().forEach((personId, held) -> {
            if (Arrays.stream(held.split(",")).anyMatch(kinds::contains)) {
                holding.add(personId);
            }
        });
        if (holding.isEmpty()) {
            return new Listing(List.of(), Map.of());
        }
        Map<String, IdentifiedPerson> filed = new HashMap<>(read.people(holding));
        Map<String, Set<String>> familiesOf = new HashMap<>(memberships.currentFamiliesOf(holding));

        List<Assembled> assembled = new ArrayList<>();
        assembled.addAll(householdsAround(filed, familiesOf));
        assembled.addAll(familiesWithoutOpenCase(holding, familiesOf));
        Set<String> members = new HashSet<>();
        assembled.forEach(candidate -> members.addAll(candidate.roles().keySet()));
        Set<String> unread = new HashSet<>(members);
        unread.removeAll(filed.keySet());
        filed.putAll(read.people(unread));

        Disclosure policy = new Disclosure(new SharingPolicy(agreements.current(), protocol));
        Map<String, PeopleAsSeen.Seen> seen = people.seenBy(viewer, policy, members);
        assembled = withLinksSeen(assembled, filed, familiesOf, seen);
        Map<String, DecisionRecords.LatestDecision> latest =
                decisions.latest(assembled.stream().map(one -> one.id().value()).toList());
        CandidateEvaluation evaluation = evaluation(viewer);
        List<FoundCandidate> found = new ArrayList<>();
        for (Assembled candidate : assembled) {
            Candidate evaluated = evaluation.of(
                    candidate, filed, seen, latest.get(candidate.id().value()));
            if (evaluation.listed(evaluated)) {
                found.add(new FoundCandidate(evaluated, candidate.roles()));
            }
        }
        found.sort(Comparator.comparing((FoundCandidate one) -> -one.candidate().criteriaMet())
                .thenComparing(one -> one.candidate().name())
                .thenComparing(one -> one.candidate().candidateId()));
        return new Listing(found, seen);
    }

    /** The households at the addresses of the people holding facts, their people read. */
    private List<Assembled> householdsAround(Map<String, IdentifiedPerson> filed, Map<String, Set<String>> familiesOf) {
        Set<String> keys = new TreeSet<>();
        filed.values().stream()
                .map(IdentifiedPerson::addressKey)
                .filter(key -> key != null)
                .forEach(keys::add);
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> atAddresses = read.atAddresses(keys);
        Set<String> others = new HashSet<>();
        atAddresses.values().forEach(others::addAll);
        others.removeAll(filed.keySet());
        filed.putAll(read.people(others));
        Set<String> unknownFamilies = new HashSet<>();
        atAddresses.values().forEach(unknownFamilies::addAll);
        unknownFamilies.removeAll(familiesOf.keySet());
        familiesOf.putAll(memberships.currentFamiliesOf(unknownFamilies));

        List<Assembled> households = new ArrayList<>();
        Set<CandidateId> seenIds = new HashSet<>();
        for (String key : keys) {
            List<IdentifiedPerson> here = atAddresses.getOrDefault(key, Set.of()).stream()
                    .map(filed::get)
                    .filter(person -> person != null && key.equals(person.addressKey()))
                    .toList();
            for (Map<String, Relationship> roles : Households.at(here, familiesOf)) {
                CandidateId id = CandidateId.household(
                        roles.keySet().stream().map(PersonId::new).toList());
                if (seenIds.add(id)) {
                    households.add(new Assembled(id, null, null, roles));
                }
            }
        }
        return households;
    }

    /**
     * The candidates with each household formed again from only the parent links the viewer may see: a link is a
     * fact ({@code ParentRecorded}, category family) recorded on the child by an agency, and the sharing policy
     * decides it as any other fact. A household held together by a link withheld from the viewer splits or goes.
     */
    private static List<Assembled> withLinksSeen(
            List<Assembled> assembled,
            Map<String, IdentifiedPerson> filed,
            Map<String, Set<String>> familiesOf,
            Map<String, PeopleAsSeen.Seen> seen) {
        List<Assembled> kept = new ArrayList<>();
        for (Assembled candidate : assembled) {
            if (candidate.familyId() != null) {
                kept.add(candidate);
                continue;
            }
            List<IdentifiedPerson> members = new ArrayList<>();
            for (String personId : candidate.roles().keySet()) {
                IdentifiedPerson member = filed.get(personId);
                members.add(member.withParentsOnlyFrom(linksShown(seen.get(personId))));
            }
            for (Map<String, Relationship> roles : Households.at(members, familiesOf)) {
                kept.add(new Assembled(
                        CandidateId.household(
                                roles.keySet().stream().map(PersonId::new).toList()),
                        null,
                        null,
                        roles));
            }
        }
        return kept;
    }

    /** The ids of the parent links among a person's facts the viewer may see. */
    private static Set<String> linksShown(PeopleAsSeen.Seen seen) {
        Set<String> shown = new HashSet<>();
        if (seen != null) {
            seen.shown().stream()
                    .filter(fact -> fact.fact() instanceof ParentRecorded)
                    .forEach(fact -> shown.add(fact.id().value()));
        }
        return shown;
    }

    /** The registered families of the people holding facts whose case is not open, with their members now. */
    private List<Assembled> familiesWithoutOpenCase(Collection<String> holding, Map<String, Set<String>> familiesOf) {
        Set<String> familyIds = new TreeSet<>();
        holding.forEach(personId -> familyIds.addAll(familiesOf.getOrDefault(personId, Set.of())));
        if (familyIds.isEmpty()) {
            return List.of();
        }
        List<Assembled> found = new ArrayList<>();
        for (FamilyRecord family : families.findAll(familyIds)) {
            if (family.status() == FamilyRecord.CaseStatus.OPEN) {
                continue;
            }
            Map<String, Relationship> roles = new LinkedHashMap<>();
            family.members().values().stream()
                    .filter(FamilyRecord.Member::current)
                    .sorted(Comparator.comparing(FamilyRecord.Member::personId))
                    .forEach(member -> roles.put(member.personId(), member.relationship()));
            if (!roles.isEmpty()) {
                found.add(new Assembled(
                        CandidateId.of(new FamilyId(family.familyId())), family.familyId(), family.name(), roles));
            }
        }
        return found;
    }

    /**
     * A candidate before evaluation.
     *
     * @param familyId the registered family, or null for a household
     * @param familyName the registered family's name, or null for a household
     * @param roles each member's role, by person id, in order
     */
    record Assembled(CandidateId id, String familyId, String familyName, Map<String, Relationship> roles) {

        Set<String> memberIds() {
            return new LinkedHashSet<>(roles.keySet());
        }
    }
}
