package uk.joinedup.caseservice.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.Attainment;
import uk.joinedup.caseservice.outcomes.indicators.DateRange;
import uk.joinedup.caseservice.outcomes.indicators.DrugAndAlcoholTreatment;
import uk.joinedup.caseservice.outcomes.indicators.Education;
import uk.joinedup.caseservice.outcomes.indicators.EntrenchedWorklessness;
import uk.joinedup.caseservice.outcomes.indicators.FamilyStability;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.MeasureResult;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.indicators.ReOffending;
import uk.joinedup.caseservice.outcomes.indicators.SchoolTerm;
import uk.joinedup.caseservice.outcomes.overview.Quarter;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/**
 * {@link QuarterMeasures} hands each indicator only the people with a fact of the kinds it starts from, all
 * quarters from one sorting: its figures, evidence and order of people are exactly those of every indicator
 * run over every person, as at each quarter's end, over a generated council's people ({@link CouncilHistory},
 * the benchmark's) for eight quarters.
 */
class QuarterMeasuresSkipNobodyTheyCountTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20261203})
    void countsAsEveryIndicatorOverEveryPersonDoes(long seed) {
        List<PersonFacts> people = people(new CouncilHistory(150, seed));
        List<Quarter> quarters = new Quarter(2025, 1).through(new Quarter(2026, 4));

        List<QuarterMeasures.Results> results = QuarterMeasures.of(people, quarters);

        assertThat(people).hasSizeGreaterThan(400);
        assertThat(results).hasSize(8);
        for (int q = 0; q < quarters.size(); q++) {
            QuarterMeasures.Results expected = everyPerson(people, quarters.get(q));
            assertThat(results.get(q)).as(quarters.get(q).toString()).isEqualTo(expected);
        }
        assertThat(results.stream()
                        .flatMap(result -> result.byMeasure().values().stream())
                        .mapToLong(MeasureResult::denominatorCount)
                        .sum())
                .as("the generated people are counted")
                .isGreaterThan(1000);
    }

    /** What the dashboard computed before: every indicator over every person, as at the quarter's end. */
    private static QuarterMeasures.Results everyPerson(List<PersonFacts> known, Quarter quarter) {
        LocalDate end = quarter.lastDay();
        List<PersonFacts> asAtEnd =
                known.stream().map(person -> person.asAt(end)).toList();
        DateRange inQuarter = new DateRange(quarter.firstDay(), end);
        List<SchoolTerm> terms = QuarterMeasures.termsTo(quarter);
        List<MeasureResult> results = new ArrayList<>(ReOffending.adults(known, inQuarter));
        results.add(ReOffending.youth(known, inQuarter));
        results.addAll(DrugAndAlcoholTreatment.measures(asAtEnd, end));
        results.add(EntrenchedWorklessness.measure(asAtEnd, end));
        results.addAll(Education.measures(asAtEnd, terms, inQuarter));
        results.addAll(Attainment.measures(asAtEnd, end));
        results.add(FamilyStability.measure(asAtEnd, end));
        Map<Measure, MeasureResult> byMeasure = new EnumMap<>(Measure.class);
        results.forEach(result -> byMeasure.put(result.measure(), result));
        return new QuarterMeasures.Results(quarter, byMeasure, Education.attendance(asAtEnd, terms));
    }

    /** The people of the history with the facts recorded about them (corrections and retractions aside). */
    private static List<PersonFacts> people(CouncilHistory history) {
        Map<String, PersonRegistered> registered = new LinkedHashMap<>();
        Map<String, List<DatedFact<?>>> facts = new LinkedHashMap<>();
        history.events(message -> {
            if (message.getPayload() instanceof PersonRegistered person) {
                registered.put(person.personId().value(), person);
                facts.put(person.personId().value(), new ArrayList<>());
            } else if (message.getPayload() instanceof AgencyFactRecorded fact
                    && !(fact.fact() instanceof CaseNoteWritten)) {
                facts.get(fact.personId().value()).add(new DatedFact<>(fact.factId(), fact.occurredOn(), fact.fact()));
            }
        });
        return registered.values().stream()
                .map(person -> new PersonFacts(
                        new PersonId(person.personId().value()),
                        person.details().dateOfBirth(),
                        facts.get(person.personId().value())))
                .toList();
    }
}
