package uk.joinedup.caseservice.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agency.TeamRoster;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.KeyworkerLeftTeam;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecords;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.overview.Quarter;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;
import uk.joinedup.caseservice.sharing.WithheldReason;

/**
 * The dashboard's caseload lists from hand-written family histories, on the real projection and query over an
 * in-memory store, with the people's facts from a stand-in {@link OutcomesFacts} (the port whose adapter
 * applies the sharing policy, tested through the API): who is in a team's, a keyworker's and an agency's open
 * caseload, and what the figures make of them.
 */
class CaseloadPeopleProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final AgencyId EARLY_HELP = new AgencyId("early-help");
    private static final AgencyId HOUSING = new AgencyId("housing");
    private static final TeamMember SAM = member("sam.patel", "Sam Patel", EARLY_HELP);
    private static final TeamMember MO = member("mo.ahmed", "Mo Ahmed", EARLY_HELP);
    private static final TeamMember LEE = member("lee.morgan", "Lee Morgan", HOUSING);
    private static final Actor MANAGER = new Actor(
            "mo.ahmed",
            "Mo Ahmed",
            EARLY_HELP,
            "Early Help",
            AgencyKind.EARLY_HELP,
            Set.of(Role.KEYWORKER, Role.TEAM_MANAGER),
            "central");
    private static final Quarter THIS_QUARTER = Quarter.of(TODAY);

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final CaseloadPeopleProjection projection = new CaseloadPeopleProjection(store.documents());
    private final TeamRoster roster = (agency, team) -> agency.equals(EARLY_HELP) && team.equals("central")
            ? List.of(practitioner(SAM), practitioner(MO))
            : List.of();
    private final StandInFacts facts = new StandInFacts();
    private final DashboardQueries queries = new DashboardQueries(
            store.documents(),
            roster,
            facts,
            new ClaimRecords(store.documents()),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
    private final List<Object> handled = new ArrayList<>();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aTeamsCaseloadIsThePeopleOfItsMembersOpenFamiliesNow() {
        givenTheCaseloads();

        assertThat(askedFor(ScopeKind.TEAM, null))
                .as("Adams (Sam and Mo: once), Baker (Mo); not Clark (closed), Dawson (housing), Jo (left Adams)")
                .containsExactlyInAnyOrder("ann", "ben", "bea");
        assertThat(facts.familiesAsked).containsExactly("adams", "baker");
        assertThat(askedFor(ScopeKind.TEAM, "mo.ahmed")).containsExactlyInAnyOrder("ann", "ben", "bea");
        assertThat(askedFor(ScopeKind.TEAM, "sam.patel")).containsExactlyInAnyOrder("ann", "ben");
        assertThat(askedFor(ScopeKind.AGENCY, null))
                .as("and Dawson, which early help registered")
                .containsExactlyInAnyOrder("ann", "ben", "bea", "dan");
    }

    @Test
    void aCaseLeavesTheCaseloadWhenClosedOrItsKeyworkerLeavesAndComesBackWhenReopened() {
        givenTheCaseloads();

        handle(new KeyworkerLeftTeam(new FamilyId("adams"), MO.userId(), TODAY));
        assertThat(askedFor(ScopeKind.TEAM, "mo.ahmed")).containsExactlyInAnyOrder("bea");
        handle(new CaseClosed(new FamilyId("baker"), ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY, false));
        assertThat(askedFor(ScopeKind.TEAM, "mo.ahmed")).isEmpty();
        handle(new CaseReopened(new FamilyId("clark"), "New concerns", TODAY));
        assertThat(askedFor(ScopeKind.TEAM, null)).containsExactlyInAnyOrder("ann", "ben", "cal");
    }

    @Test
    void anErasedFamilyLeavesEveryCaseloadAndTheOthersStay() {
        givenTheCaseloads();

        projection.on(new FamilyErased(new FamilyId("adams"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("adams"))).isEmpty();
        assertThat(askedFor(ScopeKind.AGENCY, null)).containsExactlyInAnyOrder("bea", "dan");
    }

    @Test
    void handlingTheHistoryAgainChangesNothingAndAResetClearsIt() {
        givenTheCaseloads();
        List<Object> history = List.copyOf(handled);

        history.forEach(this::handle);
        assertThat(askedFor(ScopeKind.AGENCY, null)).containsExactlyInAnyOrder("ann", "ben", "bea", "dan");

        projection.reset();
        assertThat(askedFor(ScopeKind.AGENCY, null)).isEmpty();
        history.forEach(this::handle);
        assertThat(askedFor(ScopeKind.AGENCY, null)).containsExactlyInAnyOrder("ann", "ben", "bea", "dan");
    }

    @Test
    void countsOnlyTheFactsShownAndHowManyPeopleHadSomeWithheld() {
        givenTheCaseloads();
        LocalDate released = THIS_QUARTER.firstDay().plusDays(3);
        facts.shown.put(
                "ann", List.of(new DatedFact<>(new FactId("release"), released, new ReleasedFromCustody(null, true))));
        facts.withheld.add("ben");

        OutcomesDashboard dashboard =
                queries.answer(new GetOutcomesDashboard(MANAGER, null, null, THIS_QUARTER.previous(), THIS_QUARTER));

        assertThat(dashboard.scope().kind()).isEqualTo(ScopeKind.TEAM);
        assertThat(dashboard.scope().keyworkers())
                .extracting(DashboardScope.Colleague::name)
                .containsExactly("Mo Ahmed", "Sam Patel");
        assertThat(dashboard.peopleInScope()).isEqualTo(3);
        assertThat(dashboard.peopleWithFactsWithheld()).isEqualTo(1);
        OutcomesDashboard.MeasureFigures notReoffended = dashboard.indicators().stream()
                .flatMap(section -> section.measures().stream())
                .filter(measure -> measure.measure().equals("ADULT_NOT_REOFFENDED"))
                .findFirst()
                .orElseThrow();
        assertThat(notReoffended.byQuarter())
                .extracting(OutcomesDashboard.QuarterFigure::denominator)
                .containsExactly(0L, 1L);
        assertThat(notReoffended.peopleWithFactsWithheld())
                .as("Ben's offending is withheld, and the measure reads offending")
                .isEqualTo(1);
        assertThat(dashboard.indicators().stream()
                        .flatMap(section -> section.measures().stream())
                        .filter(measure -> measure.measure().equals("ATTENDANCE"))
                        .findFirst()
                        .orElseThrow()
                        .peopleWithFactsWithheld())
                .as("attendance reads no offending")
                .isZero();
        assertThat(notReoffended.byQuarter().get(1).percent()).isEqualByComparingTo("100.0");
        assertThat(notReoffended.byQuarter().get(0).percent())
                .as("nothing to divide")
                .isNull();

        IndicatorPeople people =
                queries.people(new GetIndicatorPeople(MANAGER, null, null, Measure.ADULT_NOT_REOFFENDED, THIS_QUARTER));
        assertThat(people.people()).singleElement().satisfies(ann -> {
            assertThat(ann.name()).isEqualTo("Ann");
            assertThat(ann.inNumerator()).isTrue();
            assertThat(ann.evidence()).extracting(Evidence::factId).containsExactly("release");
        });
        assertThat(facts.logged)
                .as("the drill-down is logged with the people it lists")
                .containsExactly("ADULT_NOT_REOFFENDED " + THIS_QUARTER + ": [ann]");
    }

    @Test
    void refusesAKeyworkerOutsideTheTeamOrWithTheAgencyAndATeamToAManagerWithoutOne() {
        givenTheCaseloads();
        assertThatThrownBy(() -> askedFor(ScopeKind.TEAM, "lee.morgan"))
                .isInstanceOfSatisfying(DashboardFilterRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("keyworker"));
        assertThatThrownBy(() -> askedFor(ScopeKind.AGENCY, "sam.patel"))
                .isInstanceOfSatisfying(DashboardFilterRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("keyworker"));
        Actor withoutTeam =
                new Actor("kim", "Kim", EARLY_HELP, "Early Help", AgencyKind.EARLY_HELP, Set.of(Role.TEAM_MANAGER));
        assertThatThrownBy(() -> queries.answer(
                        new GetOutcomesDashboard(withoutTeam, ScopeKind.TEAM, null, THIS_QUARTER, THIS_QUARTER)))
                .isInstanceOfSatisfying(DashboardFilterRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("scope"));
        assertThat(queries.answer(new GetOutcomesDashboard(withoutTeam, null, null, THIS_QUARTER, THIS_QUARTER))
                        .scope()
                        .kind())
                .as("the agency by default without a team")
                .isEqualTo(ScopeKind.AGENCY);
    }

    /** Adams (Sam, Mo; Jo left), Baker (Mo), Clark (Sam, closed), Dawson (registered by early help, Lee's). */
    private void givenTheCaseloads() {
        family("adams", EARLY_HELP, List.of(SAM, MO), "ann", "ben", "jo");
        handle(new FamilyMemberLeft(new FamilyId("adams"), new PersonId("jo"), TODAY, "Moved out"));
        family("baker", EARLY_HELP, List.of(MO), "bea");
        family("clark", EARLY_HELP, List.of(SAM), "cal");
        handle(new CaseClosed(new FamilyId("clark"), ClosureReason.FAMILY_MOVED_AWAY, "Moved", TODAY, false));
        family("dawson", EARLY_HELP, List.of(LEE), "dan");
        family("evans", HOUSING, List.of(LEE), "eve");
        handle(new FamilyRegistered(new FamilyId("never-opened"), "Fox family", EARLY_HELP));
        handle(new FamilyMemberJoined(new FamilyId("never-opened"), new PersonId("fay"), Relationship.PARENT, TODAY));
    }

    private void family(String id, AgencyId registeredBy, List<TeamMember> team, String... people) {
        FamilyId family = new FamilyId(id);
        handle(new FamilyRegistered(family, id + " family", registeredBy));
        for (String person : people) {
            handle(new FamilyMemberJoined(family, new PersonId(person), Relationship.PARENT, TODAY.minusDays(30)));
        }
        handle(new CaseOpened(family, TODAY.minusDays(20)));
        team.forEach(member -> handle(new KeyworkerJoinedTeam(family, member, TODAY.minusDays(20))));
    }

    private List<String> askedFor(ScopeKind scope, String keyworker) {
        queries.answer(new GetOutcomesDashboard(MANAGER, scope, keyworker, THIS_QUARTER, THIS_QUARTER));
        return List.copyOf(facts.peopleAsked);
    }

    private void handle(Object event) {
        handled.add(event);
        if (event instanceof FamilyRegistered e) {
            projection.on(e);
        } else if (event instanceof FamilyMemberJoined e) {
            projection.on(e);
        } else if (event instanceof FamilyMemberLeft e) {
            projection.on(e);
        } else if (event instanceof KeyworkerJoinedTeam e) {
            projection.on(e);
        } else if (event instanceof KeyworkerLeftTeam e) {
            projection.on(e);
        } else if (event instanceof CaseOpened e) {
            projection.on(e);
        } else if (event instanceof CaseReopened e) {
            projection.on(e);
        } else if (event instanceof CaseClosed e) {
            projection.on(e);
        } else {
            throw new IllegalArgumentException("not handled here: " + event);
        }
    }

    private static TeamMember member(String userId, String name, AgencyId agency) {
        return new TeamMember(userId, name, agency, agency.value(), "Keyworker", null);
    }

    private static Practitioner practitioner(TeamMember member) {
        return new Practitioner(
                member.userId(),
                member.name(),
                member.agency(),
                member.agencyName(),
                AgencyKind.EARLY_HELP,
                Set.of(Role.KEYWORKER));
    }

    /** Every person asked for, named as their id capitalised, born in 1980, with the facts the test gives them. */
    private static final class StandInFacts implements OutcomesFacts {

        private final Map<String, List<DatedFact<?>>> shown = new java.util.HashMap<>();
        private final Set<String> withheld = new TreeSet<>();
        private List<String> peopleAsked = List.of();
        private List<String> familiesAsked = List.of();
        private final List<String> logged = new ArrayList<>();

        @Override
        public void logShown(Actor viewer, String what, Collection<PersonInScope> listed) {
            logged.add(
                    what + ": " + listed.stream().map(PersonInScope::personId).toList());
        }

        @Override
        public List<PersonInScope> visibleTo(Actor viewer, Collection<String> familyIds, Collection<String> personIds) {
            familiesAsked = List.copyOf(familyIds);
            peopleAsked = List.copyOf(personIds);
            return personIds.stream()
                    .map(id -> {
                        List<DatedFact<?>> theirs = shown.getOrDefault(id, List.of());
                        Map<String, Evidence> evidence = new java.util.HashMap<>();
                        theirs.forEach(fact -> evidence.put(
                                fact.id().value(),
                                new Evidence(fact.id().value(), "Fact", fact.occurredOn(), "Probation")));
                        LocalDate born = LocalDate.of(1980, 1, 1);
                        return new PersonInScope(
                                id,
                                Character.toUpperCase(id.charAt(0)) + id.substring(1),
                                born,
                                new PersonFacts(new PersonId(id), born, theirs),
                                evidence,
                                withheld.contains(id)
                                        ? new PersonInScope.Decided(
                                                Map.of(),
                                                Map.of(
                                                        InformationCategory.OFFENDING,
                                                        Set.of(WithheldReason.NO_CONSENT)),
                                                List.of(),
                                                1)
                                        : PersonInScope.Decided.NOTHING);
                    })
                    .toList();
        }
    }
}
