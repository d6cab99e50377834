package uk.joinedup.caseservice.outcomes.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * Education for the caseload's children, a case-level proxy for the attainment gap (001:204): attendance and
 * absence over a set of terms (e.g. the last three) and exclusions in a period. Attainment itself, where
 * results are recorded, is {@link Attainment}.
 *
 * <p>Absence adds up every session possible and missed over the terms: persistently absent at 10% or more
 * missed (the Department for Education's threshold), and 15% or more missed without permission (Troubled
 * Families' entry threshold), both inclusive and computed exactly in whole numbers, so 69 of 460 (15.0%)
 * counts and 70 of 470 (14.9%) does not. A term recorded twice counts once, as last recorded (the record
 * treats the second as a correction). Exclusions count by the date they were given.
 */
public final class Education {

    private Education() {}

    /** Persistent absence, unauthorised absence of 15% or more and exclusions, in the order of {@link Measure}. */
    public static List<MeasureResult> measures(
            Collection<PersonFacts> children, Collection<SchoolTerm> terms, DateRange exclusionPeriod) {
        List<Counted> withAttendance = new ArrayList<>();
        List<Counted> persistentlyAbsent = new ArrayList<>();
        List<Counted> unauthorised = new ArrayList<>();
        List<Counted> atSchool = new ArrayList<>();
        List<Counted> excluded = new ArrayList<>();
        for (PersonFacts child : children) {
            Map<SchoolTerm, DatedFact<TermAttendanceRecorded>> attendance = lastOfEachTerm(child, terms);
            List<FactId> exclusions = child.of(ExcludedFromSchool.class)
                    .filter(exclusion -> exclusionPeriod.contains(exclusion.occurredOn()))
                    .map(DatedFact::id)
                    .toList();
            List<FactId> records =
                    attendance.values().stream().map(DatedFact::id).toList();
            if (!records.isEmpty()) {
                Counted counted = new Counted(child.person(), records);
                withAttendance.add(counted);
                long possible = sum(attendance, TermAttendanceRecorded::sessionsPossible);
                long missed = sum(attendance, TermAttendanceRecorded::authorisedAbsences)
                        + sum(attendance, TermAttendanceRecorded::unauthorisedAbsences);
                if (missed * 10 >= possible) {
                    persistentlyAbsent.add(counted);
                }
                if (sum(attendance, TermAttendanceRecorded::unauthorisedAbsences) * 20 >= possible * 3) {
                    unauthorised.add(counted);
                }
            }
            if (!records.isEmpty() || !exclusions.isEmpty()) {
                atSchool.add(new Counted(child.person(), records.isEmpty() ? exclusions : records));
            }
            if (!exclusions.isEmpty()) {
                List<FactId> evidence = new ArrayList<>(records);
                evidence.addAll(exclusions);
                excluded.add(new Counted(child.person(), evidence));
            }
        }
        return List.of(
                new MeasureResult(Measure.PERSISTENT_ABSENCE, withAttendance, persistentlyAbsent),
                new MeasureResult(Measure.UNAUTHORISED_ABSENCE_15_PERCENT, withAttendance, unauthorised),
                new MeasureResult(Measure.EXCLUDED, atSchool, excluded));
    }

    /** The caseload's attendance over the terms: sessions summed over every child with attendance recorded. */
    public static Attendance attendance(Collection<PersonFacts> children, Collection<SchoolTerm> terms) {
        long possible = 0;
        long missed = 0;
        List<Counted> counted = new ArrayList<>();
        for (PersonFacts child : children) {
            Map<SchoolTerm, DatedFact<TermAttendanceRecorded>> attendance = lastOfEachTerm(child, terms);
            if (!attendance.isEmpty()) {
                possible += sum(attendance, TermAttendanceRecorded::sessionsPossible);
                missed += sum(attendance, TermAttendanceRecorded::authorisedAbsences)
                        + sum(attendance, TermAttendanceRecorded::unauthorisedAbsences);
                counted.add(new Counted(
                        child.person(),
                        attendance.values().stream().map(DatedFact::id).toList()));
            }
        }
        return new Attendance(possible - missed, possible, counted);
    }

    /** The child's attendance record of each of the terms, as last recorded. */
    private static Map<SchoolTerm, DatedFact<TermAttendanceRecorded>> lastOfEachTerm(
            PersonFacts child, Collection<SchoolTerm> terms) {
        Map<SchoolTerm, DatedFact<TermAttendanceRecorded>> attendance = new LinkedHashMap<>();
        child.of(TermAttendanceRecorded.class).forEach(record -> {
            SchoolTerm term =
                    new SchoolTerm(record.fact().academicYear(), record.fact().term());
            if (terms.contains(term)) {
                attendance.remove(term);
                attendance.put(term, record);
            }
        });
        return attendance;
    }

    private static long sum(
            Map<SchoolTerm, DatedFact<TermAttendanceRecorded>> attendance,
            ToIntFunction<TermAttendanceRecorded> sessions) {
        return attendance.values().stream()
                .mapToLong(record -> sessions.applyAsInt(record.fact()))
                .sum();
    }
}
