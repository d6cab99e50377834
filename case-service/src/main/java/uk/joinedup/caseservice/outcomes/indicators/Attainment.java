package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.ExpectedStandard;
import uk.joinedup.caseservice.catalogue.KeyStage;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * Attainment, the national indicator of the education system (001:204): "the attainment gap between those
 * children who receive free school meals and the rest at Key Stage Two in English and maths, and in achieving
 * the Basics at Key Stage Four". Here, for the caseload's children with results recorded:
 *
 * <ul>
 *   <li>key stage 2: the expected standard met in reading, writing and maths;
 *   <li>key stage 4: grade 4 (a standard pass, the old grade C) or above in both English and maths, "the
 *       Basics";
 * </ul>
 *
 * <p>each for the children on free school meals when the results were recorded and for the others, so that the
 * page shows the two side by side and the gap between them. A child counts by their latest result of the key
 * stage dated in the twelve months to the day measured (results come once a year); a record made before
 * results were recorded by subject counts by the overall standard it recorded.
 */
public final class Attainment {

    /** The lowest key stage 4 grade that is a standard pass. */
    static final int STANDARD_PASS = 4;

    private Attainment() {}

    /**
     * Key stage 2 for children on free school meals and for the others, then key stage 4 likewise, in the
     * order of {@link Measure}.
     */
    public static List<MeasureResult> measures(Collection<PersonFacts> children, LocalDate on) {
        DateRange year = new DateRange(on.minusYears(1).plusDays(1), on);
        List<MeasureResult> results = new ArrayList<>();
        for (KeyStage keyStage : KeyStage.values()) {
            List<Counted> freeSchoolMeals = new ArrayList<>();
            List<Counted> freeSchoolMealsMet = new ArrayList<>();
            List<Counted> others = new ArrayList<>();
            List<Counted> othersMet = new ArrayList<>();
            for (PersonFacts child : children) {
                latest(child, keyStage, year).ifPresent(result -> {
                    Counted counted = new Counted(child.person(), List.of(result.id()));
                    boolean onFreeSchoolMeals = result.fact().freeSchoolMeals();
                    (onFreeSchoolMeals ? freeSchoolMeals : others).add(counted);
                    if (met(result.fact())) {
                        (onFreeSchoolMeals ? freeSchoolMealsMet : othersMet).add(counted);
                    }
                });
            }
            results.add(new MeasureResult(freeSchoolMealsMeasure(keyStage), freeSchoolMeals, freeSchoolMealsMet));
            results.add(new MeasureResult(othersMeasure(keyStage), others, othersMet));
        }
        return results;
    }

    /** Whether the results reached the standard the measure of their key stage counts. */
    static boolean met(AttainmentRecorded results) {
        if (results.metExpectedStandardOverall() != null) {
            return results.metExpectedStandardOverall();
        }
        return switch (results.keyStage()) {
            case KEY_STAGE_2 ->
                Stream.of(results.reading(), results.writing(), results.maths()).allMatch(ExpectedStandard.MET::equals);
            case KEY_STAGE_4 -> results.englishGrade() >= STANDARD_PASS && results.mathsGrade() >= STANDARD_PASS;
        };
    }

    private static Optional<DatedFact<AttainmentRecorded>> latest(
            PersonFacts child, KeyStage keyStage, DateRange year) {
        return child.of(AttainmentRecorded.class)
                .filter(result -> result.fact().keyStage() == keyStage && year.contains(result.occurredOn()))
                .reduce((earlier, later) -> later);
    }

    private static Measure freeSchoolMealsMeasure(KeyStage keyStage) {
        return keyStage == KeyStage.KEY_STAGE_2
                ? Measure.KEY_STAGE_2_FREE_SCHOOL_MEALS
                : Measure.KEY_STAGE_4_FREE_SCHOOL_MEALS;
    }

    private static Measure othersMeasure(KeyStage keyStage) {
        return keyStage == KeyStage.KEY_STAGE_2 ? Measure.KEY_STAGE_2_OTHER_PUPILS : Measure.KEY_STAGE_4_OTHER_PUPILS;
    }
}
