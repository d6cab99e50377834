package uk.joinedup.caseservice.outcomes.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agency.TeamRoster;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecords;
import uk.joinedup.caseservice.outcomes.dashboard.DashboardScope.Colleague;
import uk.joinedup.caseservice.outcomes.dashboard.IndicatorPeople.CountedPerson;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.IndicatorSection;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.MeasureFigures;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.QuarterFigure;
import uk.joinedup.caseservice.outcomes.indicators.Attendance;
import uk.joinedup.caseservice.outcomes.indicators.Counted;
import uk.joinedup.caseservice.outcomes.indicators.Indicator;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.MeasureResult;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * Answers the outcomes dashboard and its drill-downs. The caseload in scope comes from the lists {@link
 * CaseloadPeopleProjection} files (the team's members from the staff directory, then one {@code _id $in} of
 * their lists or the agency's); its people, with the facts the viewer may see for measuring outcomes, from
 * {@link OutcomesFacts}; then each quarter's figures from the pure indicator functions ({@link
 * QuarterMeasures}). Nothing reads an event, and nothing reads a person outside the caseload.
 *
 * <p>The controller calls it directly: it is not a query handler, and it discloses only through {@link
 * OutcomesFacts}, which applies the sharing policy.
 */
@Component
public class DashboardQueries {

    private final DocumentCollection<CaseloadShard> caseloads;
    private final TeamRoster roster;
    private final OutcomesFacts facts;
    private final ClaimRecords claims;
    private final Clock clock;

    DashboardQueries(
            MongoDocuments documents, TeamRoster roster, OutcomesFacts facts, ClaimRecords claims, Clock clock) {
        this.caseloads = documents.collection(CaseloadPeopleProjection.CASELOADS, CaseloadShard.class);
        this.roster = roster;
        this.facts = facts;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * The dashboard asked for; only team managers ask (SecurityConfiguration). Its figures are the sums of its
     * people's shares ({@link PersonFigures}), each remembered while the person and the viewer's footing are
     * unchanged (ADR 23).
     */
    public OutcomesDashboard answer(GetOutcomesDashboard query) {
        Caseload caseload = caseload(query.viewer(), query.scope(), query.keyworker());
        List<Quarter> asked = query.from().through(query.to());
        List<PersonFigures> people = facts.summarised(
                query.viewer(), caseload.familyIds(), caseload.personIds(), new QuarterFiguresSummary(asked));
        LocalDate today = LocalDate.now(clock);
        Map<Measure, List<Sum>> sums = sums(people, asked.size());
        Map<Set<InformationCategory>, Integer> withheld = withheld(people);
        List<IndicatorSection> sections = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            List<MeasureFigures> measures = new ArrayList<>();
            for (Measure measure : Measure.values()) {
                if (measure.indicator() == indicator) {
                    List<QuarterFigure> figures = new ArrayList<>();
                    for (int index = 0; index < asked.size(); index++) {
                        figures.add(figure(
                                measure, asked.get(index), sums.get(measure).get(index), today));
                    }
                    measures.add(new MeasureFigures(
                            measure.name(),
                            measure.definition(),
                            counts(measure),
                            measure.nationalFigure(),
                            withheldFor(measure, withheld),
                            figures));
                }
            }
            sections.add(new IndicatorSection(
                    indicator.name(), indicator.title(), indicator.definedAt(), indicator.caseLevelProxy(), measures));
        }
        return new OutcomesDashboard(
                today,
                caseload.scope(),
                asked.stream().map(Quarter::toString).toList(),
                people.size(),
                people.size() - withheld.getOrDefault(Set.of(), 0),
                sections,
                OutcomePayments.of(
                        claims.ofFamilies(caseload.familyIds()),
                        asked.get(0).firstDay(),
                        asked.get(asked.size() - 1).lastDay()));
    }

    /**
     * The people a measure counted in a quarter, and the evidence the viewer may see. Whom it counted comes
     * from the people's shares; only they are read again with their evidence.
     */
    public IndicatorPeople people(GetIndicatorPeople query) {
        Caseload caseload = caseload(query.viewer(), query.scope(), query.keyworker());
        Measure measure = query.measure();
        List<PersonFigures> everyone = facts.summarised(
                query.viewer(),
                caseload.familyIds(),
                caseload.personIds(),
                new QuarterFiguresSummary(List.of(query.quarter())));
        Set<String> countedIds = new TreeSet<>();
        everyone.stream()
                .filter(person -> person.counted(measure, 0))
                .forEach(person -> countedIds.add(person.personId()));
        List<PersonInScope> people = facts.visibleTo(query.viewer(), caseload.familiesOf(countedIds), countedIds);
        Map<String, PersonInScope> byId = new HashMap<>();
        people.forEach(person -> byId.put(person.personId(), person));
        QuarterMeasures.Results results =
                QuarterMeasures.of(people.stream().map(PersonInScope::facts).toList(), query.quarter());
        List<CountedPerson> counted = new ArrayList<>();
        long numerator;
        long denominator;
        if (measure == Measure.ATTENDANCE) {
            Attendance attendance = results.attendance();
            numerator = attendance.sessionsAttended();
            denominator = attendance.sessionsPossible();
            attendance.children().forEach(child -> counted.add(counted(byId, child, List.of(), null)));
        } else {
            MeasureResult result = results.byMeasure().get(measure);
            numerator = result.numeratorCount();
            denominator = result.denominatorCount();
            Map<String, Counted> inNumerator = new HashMap<>();
            result.numerator().forEach(one -> inNumerator.put(one.person().value(), one));
            for (Counted one : result.denominator()) {
                Counted also = inNumerator.get(one.person().value());
                counted.add(counted(byId, one, also == null ? List.of() : List.of(also), also != null));
            }
        }
        counted.sort(Comparator.comparing(CountedPerson::name).thenComparing(CountedPerson::personId));
        facts.logShown(
                query.viewer(),
                measure.name() + " " + query.quarter(),
                counted.stream().map(person -> byId.get(person.personId())).toList());
        return new IndicatorPeople(
                measure.name(),
                measure.indicator().title(),
                measure.definition(),
                counts(measure),
                query.quarter().toString(),
                query.quarter().lastDay(),
                caseload.scope(),
                numerator,
                denominator,
                withheldFor(measure, withheld(everyone)),
                counted);
    }

    private static CountedPerson counted(
            Map<String, PersonInScope> byId, Counted denominator, List<Counted> numerator, Boolean inNumerator) {
        PersonInScope person = byId.get(denominator.person().value());
        Set<String> factIds = new LinkedHashSet<>();
        denominator.evidence().forEach(id -> factIds.add(id.value()));
        numerator.forEach(one -> one.evidence().forEach(id -> factIds.add(id.value())));
        List<Evidence> evidence = factIds.stream()
                .map(id -> person.evidence().get(id))
                .filter(Objects::nonNull)
                .toList();
        return new CountedPerson(person.personId(), person.name(), person.dateOfBirth(), inNumerator, evidence);
    }

    /** A measure's numerator and denominator in one quarter: people, or for attendance sessions. */
    private record Sum(long numerator, long denominator) {}

    /** Every measure's sums in each quarter, in one pass over the people's shares. */
    private static Map<Measure, List<Sum>> sums(List<PersonFigures> people, int quarters) {
        Measure[] measures = Measure.values();
        long[][] numerators = new long[quarters][measures.length];
        long[][] denominators = new long[quarters][measures.length];
        for (PersonFigures person : people) {
            for (int quarter = 0; quarter < quarters; quarter++) {
                PersonFigures.Share share = person.quarters().get(quarter);
                if (share.inAttendance()) {
                    numerators[quarter][Measure.ATTENDANCE.ordinal()] += share.sessionsAttended();
                    denominators[quarter][Measure.ATTENDANCE.ordinal()] += share.sessionsPossible();
                }
                if (share.counts().length > 0) {
                    for (Measure measure : measures) {
                        if (measure != Measure.ATTENDANCE) {
                            numerators[quarter][measure.ordinal()] += share.numerator(measure);
                            denominators[quarter][measure.ordinal()] += share.denominator(measure);
                        }
                    }
                }
            }
        }
        Map<Measure, List<Sum>> sums = new EnumMap<>(Measure.class);
        for (Measure measure : measures) {
            List<Sum> byQuarter = new ArrayList<>(quarters);
            for (int quarter = 0; quarter < quarters; quarter++) {
                byQuarter.add(
                        new Sum(numerators[quarter][measure.ordinal()], denominators[quarter][measure.ordinal()]));
            }
            sums.put(measure, byQuarter);
        }
        return sums;
    }

    private static QuarterFigure figure(Measure measure, Quarter quarter, Sum sum, LocalDate today) {
        LocalDate completeBy = QuarterMeasures.completeBy(measure, quarter);
        return new QuarterFigure(
                quarter.toString(),
                quarter.firstDay(),
                quarter.lastDay(),
                quarter.lastDay(),
                sum.numerator(),
                sum.denominator(),
                percent(sum.numerator(), sum.denominator()),
                completeBy,
                !completeBy.isAfter(today));
    }

    static BigDecimal percent(long numerator, long denominator) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private static String counts(Measure measure) {
        return measure == Measure.ATTENDANCE ? "sessions" : "people";
    }

    /** How many people have each set of categories of their facts withheld from the viewer (none: empty). */
    private static Map<Set<InformationCategory>, Integer> withheld(List<PersonFigures> people) {
        Map<Set<InformationCategory>, Integer> withheld = new HashMap<>();
        people.forEach(person -> withheld.merge(person.withheldOf(), 1, Integer::sum));
        return withheld;
    }

    /** The people in scope with facts of the categories the measure reads withheld from the viewer. */
    private static int withheldFor(Measure measure, Map<Set<InformationCategory>, Integer> withheld) {
        int people = 0;
        for (Map.Entry<Set<InformationCategory>, Integer> categories : withheld.entrySet()) {
            if (categories.getKey().stream().anyMatch(measure.reads()::contains)) {
                people += categories.getValue();
            }
        }
        return people;
    }

    /** The open families and their people in the scope asked for, or a refusal naming the filter. */
    private Caseload caseload(Actor viewer, ScopeKind asked, String keyworker) {
        ScopeKind kind = asked != null ? asked : viewer.team() != null ? ScopeKind.TEAM : ScopeKind.AGENCY;
        if (kind == ScopeKind.TEAM && viewer.team() == null) {
            throw new DashboardFilterRefused("scope", "Your sign-in names no team: choose your agency");
        }
        List<Practitioner> members = viewer.team() == null
                ? List.of()
                : roster.members(viewer.agency(), viewer.team()).stream()
                        .filter(DashboardQueries::worksWithFamilies)
                        .sorted(Comparator.comparing(Practitioner::name).thenComparing(Practitioner::userId))
                        .toList();
        List<Colleague> colleagues = members.stream()
                .map(member -> new Colleague(member.userId(), member.name()))
                .toList();
        List<CaseloadScope> scopes = new ArrayList<>();
        Practitioner alone = null;
        if (keyworker != null) {
            if (kind == ScopeKind.AGENCY) {
                throw new DashboardFilterRefused("keyworker", "Choose a keyworker only when counting your team");
            }
            alone = members.stream()
                    .filter(member -> member.userId().equals(keyworker))
                    .findFirst()
                    .orElseThrow(() -> new DashboardFilterRefused("keyworker", "Choose a member of your team"));
            scopes.add(CaseloadScope.keyworker(alone.userId()));
        } else if (kind == ScopeKind.TEAM) {
            members.forEach(member -> scopes.add(CaseloadScope.keyworker(member.userId())));
        } else {
            scopes.add(CaseloadScope.agency(viewer.agency().value()));
        }
        List<String> ids = new ArrayList<>();
        scopes.forEach(scope -> ids.addAll(CaseloadShards.all(scope)));
        Map<String, List<String>> households = new HashMap<>();
        Set<String> personIds = new HashSet<>();
        for (CaseloadShard shard : caseloads.findAll(ids)) {
            shard.families().forEach((familyId, household) -> {
                households.put(familyId, household.people());
                personIds.addAll(household.people());
            });
        }
        DashboardScope scope = kind == ScopeKind.TEAM
                ? new DashboardScope(
                        kind,
                        viewer.team(),
                        viewer.team(),
                        alone == null ? null : alone.userId(),
                        alone == null ? null : alone.name(),
                        colleagues)
                : new DashboardScope(kind, viewer.agency().value(), viewer.agencyName(), null, null, colleagues);
        return new Caseload(scope, households, personIds);
    }

    /** Keyworkers and team managers: not the team's information-governance officers or administrators. */
    private static boolean worksWithFamilies(Practitioner member) {
        return member.roles().contains(Role.KEYWORKER) || member.roles().contains(Role.TEAM_MANAGER);
    }

    /**
     * The caseload in scope.
     *
     * @param households the people of each open family's household now, by family id
     */
    private record Caseload(DashboardScope scope, Map<String, List<String>> households, Set<String> personIds) {

        Set<String> familyIds() {
            return households.keySet();
        }

        /** The open families these people are in: all the viewer's relationship to them goes by. */
        Set<String> familiesOf(Set<String> people) {
            Set<String> families = new TreeSet<>();
            households.forEach((familyId, household) -> {
                if (household.stream().anyMatch(people::contains)) {
                    families.add(familyId);
                }
            });
            return families;
        }
    }
}
