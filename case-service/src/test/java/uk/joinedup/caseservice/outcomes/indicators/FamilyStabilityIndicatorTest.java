package uk.joinedup.caseservice.outcomes.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.born;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.fact;
import static uk.joinedup.caseservice.outcomes.indicators.Someone.id;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;

/** Children aged 5, 11 and 16 on 31 March 2025 and their birth parents. */
class FamilyStabilityIndicatorTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 31);
    private static final LocalDate RECORDED = LocalDate.of(2024, 1, 10);

    @Test
    void childrenAtFiveElevenAndSixteenWithBothBirthParentsNotSeparated() {
        Someone fiveToday = withBirthParents("amy", ON.minusYears(5));
        Someone elevenTomorrow = withBirthParents("ben", ON.minusYears(11).plusDays(1));
        Someone sixteen = withBirthParents("cal", ON.minusYears(16).minusMonths(6));
        Someone twelve = withBirthParents("dot", ON.minusYears(12));

        MeasureResult together = FamilyStability.measure(facts(fiveToday, elevenTomorrow, sixteen, twelve), ON);

        assertThat(together.denominatorPeople()).containsExactlyInAnyOrder(id("amy"), id("cal"));
        assertThat(together.numerator()).contains(new Counted(id("amy"), List.of(fact("amy-1"), fact("amy-2"))));
        assertThat(together.numeratorCount()).isEqualTo(2);
    }

    @Test
    void aSeparationOfABirthParentFromSomeoneElseDoesNotCountAgainst() {
        Someone amy =
                withBirthParents("amy", ON.minusYears(5)).had(RECORDED, new ParentsSeparated("amy-mum", "amy-stepdad"));

        assertThat(FamilyStability.measure(facts(amy), ON).numeratorPeople()).containsExactly(id("amy"));
    }

    @Test
    void aSeparationOfTheBirthParentsByTheDayCountsAgainst() {
        Someone separatedOnTheDay =
                withBirthParents("amy", ON.minusYears(5)).had(ON, new ParentsSeparated("amy-mum", "amy-dad"));
        Someone separatesLater = withBirthParents("ben", ON.minusYears(5))
                .had(ON.plusDays(1), new ParentsSeparated("ben-dad", "ben-mum"));
        Someone separationNamingNoOne =
                withBirthParents("cal", ON.minusYears(5)).had(RECORDED, new ParentsSeparated(null, null));

        MeasureResult together =
                FamilyStability.measure(facts(separatedOnTheDay, separatesLater, separationNamingNoOne), ON);

        assertThat(together.denominatorCount()).isEqualTo(3);
        assertThat(together.numeratorPeople()).containsExactly(id("ben"));
    }

    @Test
    void oneBirthParentIsNotBothAndAStepParentIsNoBirthParent() {
        Someone oneBirthParentAndAStepParent = born("amy", ON.minusYears(11))
                .had(RECORDED, new ParentRecorded("amy-mum", true))
                .had(RECORDED, new ParentRecorded("amy-step", false));
        Someone onlyAStepParent = born("ben", ON.minusYears(11)).had(RECORDED, new ParentRecorded("ben-step", false));
        Someone noParents = born("cal", ON.minusYears(11));

        MeasureResult together =
                FamilyStability.measure(facts(oneBirthParentAndAStepParent, onlyAStepParent, noParents), ON);

        assertThat(together.denominator()).containsExactly(new Counted(id("amy"), List.of(fact("amy-1"))));
        assertThat(together.numeratorCount()).isZero();
    }

    private static Someone withBirthParents(String name, LocalDate born) {
        return born(name, born)
                .had(RECORDED, new ParentRecorded(name + "-mum", true))
                .had(RECORDED, new ParentRecorded(name + "-dad", true));
    }

    private static List<PersonFacts> facts(Someone... children) {
        return List.of(children).stream().map(Someone::facts).toList();
    }
}
