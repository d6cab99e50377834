package uk.joinedup.caseservice.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.ClosureReason;
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
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.MeasureFigures;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.overview.Quarter;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * The dashboard's read model and figures agree with a straightforward recomputation from the raw events, over
 * generated family histories and people (a seeded {@link Random}: a failure names its seed). The
 * recomputation replays each family's events in plain loops to find who is in each caseload now, and counts
 * re-offending and exclusions by hand for each quarter; it shares no code with the projection or the query.
 */
class DashboardAgreesWithRecomputationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final AgencyId EARLY_HELP = new AgencyId("early-help");
    private static final AgencyId HOUSING = new AgencyId("housing");
    private static final List<TeamMember> KEYWORKERS = List.of(
            new TeamMember("sam", "Sam", EARLY_HELP, "Early Help", "Keyworker", null),
            new TeamMember("mo", "Mo", EARLY_HELP, "Early Help", "Keyworker", null),
            new TeamMember("kit", "Kit", EARLY_HELP, "Early Help", "Keyworker", null),
            new TeamMember("lee", "Lee", HOUSING, "Housing", "Keyworker", null));
    /** Sam and Mo are the central team; Kit works for early help in another team. */
    private static final Set<String> CENTRAL = Set.of("sam", "mo");

    private static final Actor MANAGER = new Actor(
            "mo", "Mo", EARLY_HELP, "Early Help", AgencyKind.EARLY_HELP, Set.of(Role.TEAM_MANAGER), "central");
    private static final Quarter FROM = new Quarter(2025, 1);
    private static final Quarter TO = new Quarter(2026, 4);
    private static final int FAMILIES = 80;
    private static final int PEOPLE = 240;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2012, 20261202})
    void caseloadsAndFiguresAgree(long seed) {
        Random random = new Random(seed);
        List<Object> events = history(random);
        Map<String, PersonFacts> facts = facts(random);
        try (InMemoryDocuments store = new InMemoryDocuments()) {
            CaseloadPeopleProjection projection = new CaseloadPeopleProjection(store.documents());
            events.forEach(event -> handle(projection, event));
            Recorded recorded = new Recorded(facts);
            DashboardQueries queries = new DashboardQueries(
                    store.documents(),
                    (agency, team) -> team.equals("central")
                            ? KEYWORKERS.stream()
                                    .filter(member -> CENTRAL.contains(member.userId()))
                                    .map(member -> new Practitioner(
                                            member.userId(),
                                            member.name(),
                                            member.agency(),
                                            member.agencyName(),
                                            AgencyKind.EARLY_HELP,
                                            Set.of(Role.KEYWORKER)))
                                    .toList()
                            : List.of(),
                    recorded,
                    new ClaimRecords(store.documents()),
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));

            Map<String, Family> replayed = replay(events);
            Map<String, Set<String>> expected = new HashMap<>();
            expected.put("team", peopleOf(replayed, family -> family.team.keySet().stream()
                    .anyMatch(CENTRAL::contains)));
            expected.put("sam", peopleOf(replayed, family -> family.team.containsKey("sam")));
            expected.put(
                    "agency",
                    peopleOf(
                            replayed,
                            family -> family.registeredBy.equals(EARLY_HELP.value())
                                    || family.team.containsValue(EARLY_HELP.value())));

            for (Map.Entry<String, Set<String>> scope : expected.entrySet()) {
                ScopeKind kind = scope.getKey().equals("agency") ? ScopeKind.AGENCY : ScopeKind.TEAM;
                String keyworker = scope.getKey().equals("sam") ? "sam" : null;
                OutcomesDashboard dashboard =
                        queries.answer(new GetOutcomesDashboard(MANAGER, kind, keyworker, FROM, TO));
                assertThat(new HashSet<>(recorded.asked))
                        .as(scope.getKey() + ": the people of the open caseload")
                        .isEqualTo(scope.getValue());
                assertThat(scope.getValue())
                        .as("the generated caseload is not empty")
                        .isNotEmpty();
                assertFiguresAgree(dashboard, scope.getValue(), facts);
            }
        }
    }

    private static void assertFiguresAgree(
            OutcomesDashboard dashboard, Set<String> people, Map<String, PersonFacts> facts) {
        MeasureFigures notReoffended = measure(dashboard, "ADULT_NOT_REOFFENDED");
        MeasureFigures excluded = measure(dashboard, "EXCLUDED");
        List<Quarter> quarters = FROM.through(TO);
        for (int q = 0; q < quarters.size(); q++) {
            Quarter quarter = quarters.get(q);
            long cohort = 0;
            long stayedClear = 0;
            long atSchool = 0;
            long excludedChildren = 0;
            for (String id : people) {
                PersonFacts person = facts.get(id);
                DatedFact<?> entry = null;
                for (DatedFact<?> fact : person.facts()) {
                    boolean entering = fact.fact() instanceof ReleasedFromCustody
                            || (fact.fact() instanceof OffenceProven proven
                                    && proven.disposal() != Disposal.CONVICTION_CUSTODIAL);
                    if (entering
                            && !fact.occurredOn().isBefore(quarter.firstDay())
                            && !fact.occurredOn().isAfter(quarter.lastDay())) {
                        entry = fact;
                        break;
                    }
                }
                if (entry != null && !person.dateOfBirth().plusYears(18).isAfter(entry.occurredOn())) {
                    cohort++;
                    boolean reoffended = false;
                    for (DatedFact<?> fact : person.facts()) {
                        if (fact != entry
                                && fact.fact() instanceof OffenceProven proven
                                && proven.offenceDate().isAfter(entry.occurredOn())
                                && !proven.offenceDate()
                                        .isAfter(entry.occurredOn().plusYears(1))
                                && !fact.occurredOn().isAfter(entry.occurredOn().plusMonths(18))) {
                            reoffended = true;
                        }
                    }
                    if (!reoffended) {
                        stayedClear++;
                    }
                }
                boolean wasExcluded = false;
                for (DatedFact<?> fact : person.facts()) {
                    wasExcluded |= fact.fact() instanceof ExcludedFromSchool
                            && !fact.occurredOn().isBefore(quarter.firstDay())
                            && !fact.occurredOn().isAfter(quarter.lastDay());
                }
                if (wasExcluded) {
                    atSchool++;
                    excludedChildren++;
                }
            }
            assertThat(notReoffended.byQuarter().get(q).denominator())
                    .as(quarter + " cohort")
                    .isEqualTo(cohort);
            assertThat(notReoffended.byQuarter().get(q).numerator())
                    .as(quarter + " not re-offended")
                    .isEqualTo(stayedClear);
            assertThat(excluded.byQuarter().get(q).denominator())
                    .as(quarter + " at school")
                    .isEqualTo(atSchool);
            assertThat(excluded.byQuarter().get(q).numerator())
                    .as(quarter + " excluded")
                    .isEqualTo(excludedChildren);
        }
    }

    private static MeasureFigures measure(OutcomesDashboard dashboard, String name) {
        return dashboard.indicators().stream()
                .flatMap(section -> section.measures().stream())
                .filter(measure -> measure.measure().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A family as replayed by hand. */
    private static final class Family {
        String registeredBy;
        boolean open;
        final Map<String, String> team = new HashMap<>();
        final Set<String> members = new HashSet<>();
    }

    private static Map<String, Family> replay(List<Object> events) {
        Map<String, Family> families = new HashMap<>();
        for (Object event : events) {
            if (event instanceof FamilyRegistered registered) {
                Family family = new Family();
                family.registeredBy = registered.registeredBy().value();
                families.put(registered.familyId().value(), family);
            } else if (event instanceof FamilyMemberJoined joined) {
                families.get(joined.familyId().value())
                        .members
                        .add(joined.personId().value());
            } else if (event instanceof FamilyMemberLeft left) {
                families.get(left.familyId().value())
                        .members
                        .remove(left.personId().value());
            } else if (event instanceof KeyworkerJoinedTeam joined) {
                families.get(joined.familyId().value())
                        .team
                        .put(joined.member().userId(), joined.member().agency().value());
            } else if (event instanceof KeyworkerLeftTeam left) {
                families.get(left.familyId().value()).team.remove(left.userId());
            } else if (event instanceof CaseOpened opened) {
                families.get(opened.familyId().value()).open = true;
            } else if (event instanceof CaseReopened reopened) {
                families.get(reopened.familyId().value()).open = true;
            } else if (event instanceof CaseClosed closed) {
                families.get(closed.familyId().value()).open = false;
            }
        }
        return families;
    }

    private static Set<String> peopleOf(Map<String, Family> families, java.util.function.Predicate<Family> inScope) {
        Set<String> people = new HashSet<>();
        families.values().stream()
                .filter(family -> family.open && inScope.test(family))
                .forEach(family -> people.addAll(family.members));
        return people;
    }

    /** Each family's events in order, the families' histories interleaved at random. */
    private static List<Object> history(Random random) {
        List<List<Object>> perFamily = new ArrayList<>();
        for (int f = 0; f < FAMILIES; f++) {
            FamilyId family = new FamilyId("f" + f);
            List<Object> events = new ArrayList<>();
            events.add(new FamilyRegistered(family, "Family " + f, random.nextInt(4) == 0 ? HOUSING : EARLY_HELP));
            List<String> members = new ArrayList<>();
            List<String> team = new ArrayList<>();
            boolean open = false;
            int steps = 3 + random.nextInt(12);
            for (int s = 0; s < steps; s++) {
                int choice = random.nextInt(7);
                if (choice <= 1) {
                    String person = "p" + random.nextInt(PEOPLE);
                    if (!members.contains(person)) {
                        members.add(person);
                        events.add(new FamilyMemberJoined(family, new PersonId(person), Relationship.CHILD, TODAY));
                    }
                } else if (choice == 2 && !members.isEmpty()) {
                    String person = members.remove(random.nextInt(members.size()));
                    events.add(new FamilyMemberLeft(family, new PersonId(person), TODAY, "Left"));
                } else if (choice == 3) {
                    TeamMember keyworker = KEYWORKERS.get(random.nextInt(KEYWORKERS.size()));
                    if (!team.contains(keyworker.userId())) {
                        team.add(keyworker.userId());
                        events.add(new KeyworkerJoinedTeam(family, keyworker, TODAY));
                    }
                } else if (choice == 4 && !team.isEmpty()) {
                    events.add(new KeyworkerLeftTeam(family, team.remove(random.nextInt(team.size())), TODAY));
                } else if (!open) {
                    events.add(
                            events.stream().anyMatch(CaseClosed.class::isInstance)
                                    ? new CaseReopened(family, "Again", TODAY)
                                    : new CaseOpened(family, TODAY));
                    open = true;
                } else if (random.nextInt(3) == 0) {
                    events.add(new CaseClosed(family, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY, false));
                    open = false;
                }
            }
            perFamily.add(events);
        }
        List<Object> interleaved = new ArrayList<>();
        int[] next = new int[FAMILIES];
        int left = perFamily.stream().mapToInt(List::size).sum();
        while (left > 0) {
            int f = random.nextInt(FAMILIES);
            if (next[f] < perFamily.get(f).size()) {
                interleaved.add(perFamily.get(f).get(next[f]++));
                left--;
            }
        }
        return interleaved;
    }

    /** Every person's offences, releases and exclusions in 2024 to 2026, some born after 2008 (children). */
    private static Map<String, PersonFacts> facts(Random random) {
        Map<String, PersonFacts> people = new HashMap<>();
        for (int p = 0; p < PEOPLE; p++) {
            String id = "p" + p;
            LocalDate born = random.nextBoolean()
                    ? LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365))
                    : LocalDate.of(2008, 1, 1).plusDays(random.nextInt(10 * 365));
            List<DatedFact<?>> facts = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                LocalDate on = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
                Object fact =
                        switch (random.nextInt(3)) {
                            case 0 -> new ReleasedFromCustody(null, random.nextBoolean());
                            case 1 ->
                                new OffenceProven(
                                        "Offence",
                                        on.minusDays(random.nextInt(200)),
                                        Disposal.values()[random.nextInt(Disposal.values().length)]);
                            default -> new ExcludedFromSchool(ExclusionType.FIXED_TERM, 1 + random.nextInt(5));
                        };
                facts.add(new DatedFact<>(
                        new FactId(id + "-" + i), on, (uk.joinedup.caseservice.catalogue.AgencyFact) fact));
            }
            people.put(id, new PersonFacts(new PersonId(id), born, facts));
        }
        return people;
    }

    private static void handle(CaseloadPeopleProjection projection, Object event) {
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
        }
    }

    /** Every person's facts, all shown; remembers who was asked for. */
    private static final class Recorded implements OutcomesFacts {

        private final Map<String, PersonFacts> facts;
        private List<String> asked = List.of();

        Recorded(Map<String, PersonFacts> facts) {
            this.facts = facts;
        }

        @Override
        public List<PersonInScope> visibleTo(Actor viewer, Collection<String> familyIds, Collection<String> personIds) {
            asked = List.copyOf(personIds);
            return personIds.stream()
                    .map(id -> new PersonInScope(
                            id,
                            id,
                            facts.get(id).dateOfBirth(),
                            facts.get(id),
                            Map.of(),
                            PersonInScope.Decided.NOTHING))
                    .toList();
        }

        @Override
        public void logShown(Actor viewer, String what, Collection<PersonInScope> listed) {
            // only drill-downs log, and this test asks for none
        }
    }
}
