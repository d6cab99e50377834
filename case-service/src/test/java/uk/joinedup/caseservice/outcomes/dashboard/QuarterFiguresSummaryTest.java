package uk.joinedup.caseservice.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.outcomes.dashboard.PersonFigures.Share;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.MeasureResult;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.overview.Quarter;
import uk.joinedup.caseservice.sharing.WithheldReason;

/**
 * People's shares of the figures add up to the figures of the people together, for every measure and quarter,
 * and a person's share is the same summarised alone or with everyone: what lets the dashboard keep each
 * person's share and add up only the shares it has not kept. Over the generated people of {@link
 * MeasuresReadTheirCategoriesTest}, with facts of every kind the indicators read.
 */
class QuarterFiguresSummaryTest {

    private static final List<Quarter> QUARTERS = new Quarter(2024, 1).through(new Quarter(2025, 4));

    private final List<PersonInScope> people = MeasuresReadTheirCategoriesTest.generate(new Random(20261203)).stream()
            .map(QuarterFiguresSummaryTest::inScope)
            .toList();
    private final QuarterFiguresSummary summary = new QuarterFiguresSummary(QUARTERS);

    @Test
    void sharesAddUpToTheFiguresOfEveryoneTogether() {
        List<PersonFigures> shares = summary.of(people);
        List<QuarterMeasures.Results> together =
                QuarterMeasures.of(people.stream().map(PersonInScope::facts).toList(), QUARTERS);

        for (int quarter = 0; quarter < QUARTERS.size(); quarter++) {
            QuarterMeasures.Results results = together.get(quarter);
            for (Measure measure : Measure.values()) {
                long numerator = 0;
                long denominator = 0;
                for (PersonFigures person : shares) {
                    Share share = person.quarters().get(quarter);
                    numerator += measure == Measure.ATTENDANCE ? share.sessionsAttended() : share.numerator(measure);
                    denominator +=
                            measure == Measure.ATTENDANCE ? share.sessionsPossible() : share.denominator(measure);
                }
                if (measure == Measure.ATTENDANCE) {
                    assertThat(List.of(numerator, denominator))
                            .as("%s in %s", measure, QUARTERS.get(quarter))
                            .containsExactly(
                                    results.attendance().sessionsAttended(),
                                    results.attendance().sessionsPossible());
                } else {
                    MeasureResult result = results.byMeasure().get(measure);
                    assertThat(List.of(numerator, denominator))
                            .as("%s in %s", measure, QUARTERS.get(quarter))
                            .containsExactly((long) result.numeratorCount(), (long) result.denominatorCount());
                }
            }
        }
        assertThat(together.get(QUARTERS.size() - 1).byMeasure().values())
                .as("the generated people are counted by every measure")
                .allSatisfy(result -> assertThat(result.denominatorCount()).isPositive());
    }

    @Test
    void aPersonsShareIsTheSameSummarisedAloneAsWithEveryone() {
        List<PersonFigures> together = summary.of(people);

        for (int index = 0; index < people.size(); index += 7) {
            PersonFigures alone = summary.of(List.of(people.get(index))).get(0);
            PersonFigures withEveryone = together.get(index);
            assertThat(alone.personId())
                    .isEqualTo(withEveryone.personId())
                    .isEqualTo(people.get(index).personId());
            for (int quarter = 0; quarter < QUARTERS.size(); quarter++) {
                assertThat(described(alone.quarters().get(quarter)))
                        .as("%s in %s", alone.personId(), QUARTERS.get(quarter))
                        .isEqualTo(described(withEveryone.quarters().get(quarter)));
            }
        }
    }

    @Test
    void aPersonIsCountedWhereTheirShareHasThemInTheDenominatorOrTheirAttendanceCounted() {
        List<PersonFigures> shares = summary.of(people);
        QuarterMeasures.Results last =
                QuarterMeasures.of(people.stream().map(PersonInScope::facts).toList(), QUARTERS.get(7));

        for (Measure measure : Measure.values()) {
            Set<String> counted = new TreeSet<>();
            shares.stream()
                    .filter(person -> person.counted(measure, 7))
                    .forEach(person -> counted.add(person.personId()));
            List<String> expected = (measure == Measure.ATTENDANCE
                            ? last.attendance().children()
                            : last.byMeasure().get(measure).denominator())
                    .stream()
                            .map(one -> one.person().value())
                            .distinct()
                            .sorted()
                            .toList();
            assertThat(counted).as(measure.name()).isNotEmpty().containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aShareNamesTheCategoriesWithheldAndCountsOnlyWhereThePersonIsCounted() {
        PersonInScope withheld = new PersonInScope(
                "p-withheld",
                "p-withheld",
                people.get(0).dateOfBirth(),
                new PersonFacts(people.get(0).facts().person(), people.get(0).dateOfBirth(), List.of()),
                Map.of(),
                new PersonInScope.Decided(
                        Map.of(),
                        Map.of(InformationCategory.OFFENDING, Set.of(WithheldReason.NO_CONSENT)),
                        List.of(),
                        1));

        PersonFigures figures = summary.of(List.of(withheld)).get(0);

        assertThat(figures.withheldOf()).containsExactly(InformationCategory.OFFENDING);
        assertThat(figures.quarters()).hasSize(QUARTERS.size()).allSatisfy(share -> assertThat(share)
                .isSameAs(Share.NONE));
        for (Measure measure : Measure.values()) {
            assertThat(figures.counted(measure, 0)).as(measure.name()).isFalse();
        }
    }

    @Test
    void summariesOfTheSameQuartersHaveEqualKeysAndOfOthersNot() {
        assertThat(summary.key())
                .isEqualTo(new QuarterFiguresSummary(new ArrayList<>(QUARTERS)).key())
                .isNotEqualTo(new QuarterFiguresSummary(QUARTERS.subList(0, 7)).key());
    }

    private static List<Object> described(Share share) {
        List<Object> described = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            described.add(share.denominator(measure));
            described.add(share.numerator(measure));
        }
        described.add(share.sessionsAttended());
        described.add(share.sessionsPossible());
        described.add(share.inAttendance());
        return described;
    }

    private static PersonInScope inScope(PersonFacts facts) {
        return new PersonInScope(
                facts.person().value(),
                facts.person().value(),
                facts.dateOfBirth(),
                facts,
                Map.of(),
                PersonInScope.Decided.NOTHING);
    }
}
