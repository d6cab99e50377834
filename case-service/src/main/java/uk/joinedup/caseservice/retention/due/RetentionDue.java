package uk.joinedup.caseservice.retention.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.retention.evaluation.CategoryRetention;
import uk.joinedup.caseservice.retention.evaluation.Ends;
import uk.joinedup.caseservice.retention.evaluation.Retention;
import uk.joinedup.caseservice.retention.evaluation.RetentionEvaluation;
import uk.joinedup.caseservice.retention.schedules.Records;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedules;

/**
 * Whose retention has ended by a day, without a scan: one read of the months anyone is filed in, one
 * {@code $in} of the months up to the day (in lists of at most 100), then one {@code _id} lookup per person or
 * family filed there, each evaluated again from its dates.
 */
@Component
public class RetentionDue {

    private final DocumentCollection<RetainedPerson> people;
    private final DocumentCollection<RetainedFamily> families;
    private final DocumentCollection<MonthFiling> months;
    private final RetentionEvaluation evaluation;

    RetentionDue(MongoDocuments documents, RetentionSchedules schedules) {
        this.people = documents.collection(RetentionProjection.PEOPLE, RetainedPerson.class);
        this.families = documents.collection(RetentionProjection.FAMILIES, RetainedFamily.class);
        this.months = documents.collection(RetentionProjection.MONTHS, MonthFiling.class);
        this.evaluation = new RetentionEvaluation(schedules.all());
    }

    /** People and families whose retention has ended on or before {@code day}, earliest first. */
    public List<DueSubject> by(LocalDate day) {
        String last = MonthFiling.key(day);
        List<String> filed = months.find(MonthFiling.MONTHS).map(MonthFiling::months).orElse(List.of()).stream()
                .filter(month -> month.compareTo(last) <= 0)
                .toList();
        List<String> personIds = new ArrayList<>();
        List<String> familyIds = new ArrayList<>();
        months.findAll(filed).stream()
                .flatMap(month -> month.subjects().stream())
                .distinct()
                .forEach(subject -> (subject.startsWith("person:") ? personIds : familyIds)
                        .add(subject.substring(subject.indexOf(':') + 1)));
        List<DueSubject> due = new ArrayList<>();
        for (String id : personIds) {
            people.find(id)
                    .ifPresent(person ->
                            add(due, "person", id, evaluation.evaluate(person.records(), person.subjectDates()), day));
        }
        for (String id : familyIds) {
            families.find(id)
                    .ifPresent(family -> add(
                            due, "family", id, evaluation.evaluate(Records.FAMILY_CASE, family.subjectDates()), day));
        }
        due.sort(Comparator.comparing(DueSubject::endedOn)
                .thenComparing(DueSubject::kind)
                .thenComparing(DueSubject::id));
        return due;
    }

    /**
     * The ids of everyone who has belonged to the family, current or former (one {@code _id} lookup): a family
     * is erased only once each of them is due too (ADR 31 section 5).
     */
    public List<String> membersOf(String familyId) {
        return families.find(familyId).map(RetainedFamily::members).orElse(List.of());
    }

    private static void add(List<DueSubject> due, String kind, String id, Retention retention, LocalDate day) {
        if (retention.overall() instanceof Ends.On on && !on.day().isAfter(day)) {
            CategoryRetention deciding = retention.categories().stream()
                    .filter(category -> category.ends().equals(on))
                    .findFirst()
                    .orElseThrow();
            due.add(new DueSubject(kind, id, retention.records(), on.day(), deciding.category(), on.schedule()));
        }
    }
}
