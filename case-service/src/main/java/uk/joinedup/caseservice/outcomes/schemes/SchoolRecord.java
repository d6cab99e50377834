package uk.joinedup.caseservice.outcomes.schemes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * A child's exclusions and attendance over a set of school terms. An exclusion belongs to the term its date
 * falls in; an attendance record to the term it names, and a later record of the same term corrects an
 * earlier one (the later occurredOn wins; on the same day, the later in the list).
 */
final class SchoolRecord {

    final List<DatedFact<?>> fixedExclusions = new ArrayList<>();
    final List<DatedFact<?>> permanentExclusions = new ArrayList<>();
    final List<DatedFact<?>> attendance = new ArrayList<>();
    /** Exclusions and attendance records outside the terms, and corrected attendance records. */
    final List<DatedFact<?>> outside = new ArrayList<>();

    private SchoolRecord() {}

    static SchoolRecord of(FamilyMember child, List<SchoolTerm> terms, SchoolTermDates dates) {
        SchoolRecord record = new SchoolRecord();
        child.factsOf(ExcludedFromSchool.class).forEach(fact -> {
            if (!terms.contains(SchoolTerm.containing(fact.occurredOn(), dates))) {
                record.outside.add(fact);
            } else if (((ExcludedFromSchool) fact.fact()).exclusion() == ExclusionType.PERMANENT) {
                record.permanentExclusions.add(fact);
            } else {
                record.fixedExclusions.add(fact);
            }
        });
        Map<SchoolTerm, DatedFact<?>> latest = new LinkedHashMap<>();
        child.facts().stream()
                .filter(fact -> fact.is(TermAttendanceRecorded.class))
                .sorted(Comparator.comparing(DatedFact::occurredOn))
                .forEach(fact -> {
                    TermAttendanceRecorded term = (TermAttendanceRecorded) fact.fact();
                    SchoolTerm named = SchoolTerm.of(term.academicYear(), term.term());
                    if (!terms.contains(named)) {
                        record.outside.add(fact);
                        return;
                    }
                    DatedFact<?> corrected = latest.put(named, fact);
                    if (corrected != null) {
                        record.outside.add(corrected);
                    }
                });
        record.attendance.addAll(latest.values());
        return record;
    }

    boolean hasAttendance() {
        return !attendance.isEmpty();
    }

    long sessionsPossible() {
        return attendance.stream()
                .mapToLong(fact -> ((TermAttendanceRecorded) fact.fact()).sessionsPossible())
                .sum();
    }

    long unauthorisedAbsences() {
        return attendance.stream()
                .mapToLong(fact -> ((TermAttendanceRecorded) fact.fact()).unauthorisedAbsences())
                .sum();
    }
}
