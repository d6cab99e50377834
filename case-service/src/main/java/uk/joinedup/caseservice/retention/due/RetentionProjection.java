package uk.joinedup.caseservice.retention.due;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.retention.evaluation.Ends;
import uk.joinedup.caseservice.retention.evaluation.RetentionEvaluation;
import uk.joinedup.caseservice.retention.schedules.Records;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedules;

/**
 * Keeps each person's and family's retention dates and files them under the month their retention ends.
 * Every write is one atomic update of one field or entry (a family's case reaches its members' documents from
 * the family's segment while their own facts arrive from theirs); filings are only ever added, and {@link
 * RetentionDue} evaluates every subject it finds again, so a filing made stale by a later event is harmless.
 */
@Component
@ProcessingGroup("retention")
class RetentionProjection {

    static final String PEOPLE = "retention_people";
    static final String FAMILIES = "retention_families";
    static final String MONTHS = "retention_months";

    private final DocumentCollection<RetainedPerson> people;
    private final DocumentCollection<RetainedFamily> families;
    private final DocumentCollection<MonthFiling> months;
    private final RetentionEvaluation evaluation;

    RetentionProjection(MongoDocuments documents, RetentionSchedules schedules) {
        this.people = documents.collection(PEOPLE, RetainedPerson.class);
        this.families = documents.collection(FAMILIES, RetainedFamily.class);
        this.months = documents.collection(MONTHS, MonthFiling.class);
        this.evaluation = new RetentionEvaluation(schedules.all());
    }

    @EventHandler
    void on(PersonRegistered event, @Timestamp Instant recorded) {
        String id = event.personId().value();
        LocalDate opened = LocalDate.ofInstant(recorded, ZoneOffset.UTC);
        people.putEntry(id, "dates", "recordOpened", opened.toString());
        if (event.details().dateOfBirth() != null) {
            people.putEntry(
                    id, "dates", "dateOfBirth", event.details().dateOfBirth().toString());
        }
        lastFact(id, InformationCategory.IDENTITY, opened);
    }

    @EventHandler
    void on(PersonDetailsCorrected event) {
        String id = event.personId().value();
        if (event.details().dateOfBirth() != null) {
            people.putEntry(
                    id, "dates", "dateOfBirth", event.details().dateOfBirth().toString());
        }
        filePerson(id);
    }

    @EventHandler
    void on(AgencyFactRecorded event) {
        lastFact(event.personId().value(), event.category(), event.occurredOn());
    }

    @EventHandler
    void on(FamilyRegistered event, @Timestamp Instant recorded) {
        String id = event.familyId().value();
        // no day yet: a family's schedules start when its case closes
        families.putEntry(id, "lastFacts", InformationCategory.FAMILY.name(), day(recorded));
    }

    @EventHandler
    void on(CaseOpened event) {
        caseIs(event.familyId(), new CaseState(true, caseOf(event.familyId()).lastClosed()));
    }

    @EventHandler
    void on(CaseReopened event) {
        caseIs(event.familyId(), new CaseState(true, caseOf(event.familyId()).lastClosed()));
    }

    @EventHandler
    void on(CaseClosed event) {
        caseIs(event.familyId(), new CaseState(false, event.closedOn().toString()));
    }

    @EventHandler
    void on(FamilyMemberJoined event) {
        String familyId = event.familyId().value();
        String personId = event.personId().value();
        families.addToSet(familyId, "members", personId);
        people.putRecordEntry(personId, "families", familyId, caseOf(event.familyId()));
        filePerson(personId);
    }

    /**
     * The person's dates (their date of birth among them) go, and they leave the members of their families, so that
     * a family's later events do not file them again. A filing of theirs under a month finds nobody.
     */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        people.find(personId).ifPresent(person -> {
            person.families().keySet().forEach(familyId -> families.pull(familyId, "members", personId));
            people.delete(personId);
        });
    }

    /** The family's dates go; its members keep its case among theirs, which their own retention depends on. */
    @EventHandler
    void on(FamilyErased event) {
        families.delete(event.familyId().value());
    }

    @ResetHandler
    void reset() {
        people.deleteAll();
        families.deleteAll();
        months.deleteAll();
    }

    private void lastFact(String personId, InformationCategory category, LocalDate day) {
        RetainedPerson person = people.find(personId).orElse(new RetainedPerson(personId, null, null, null));
        if (LastFacts.later(person.lastFacts(), category, day)) {
            people.putEntry(personId, "lastFacts", category.name(), day.toString());
        }
        filePerson(personId);
    }

    private CaseState caseOf(FamilyId familyId) {
        return families.find(familyId.value()).map(RetainedFamily::caseState).orElse(CaseState.NONE);
    }

    /** The family's case, on the family and on everyone who has belonged to it. */
    private void caseIs(FamilyId familyId, CaseState state) {
        String id = familyId.value();
        families.putRecordEntry(id, "cases", RetainedFamily.CASE, state);
        RetainedFamily family = families.find(id).orElseThrow();
        for (String member : family.members()) {
            people.putRecordEntry(member, "families", id, state);
            filePerson(member);
        }
        fileFamily(id);
    }

    private void filePerson(String personId) {
        people.find(personId)
                .ifPresent(person -> file(
                        "person:" + personId,
                        evaluation
                                .evaluate(person.records(), person.subjectDates())
                                .overall()));
    }

    private void fileFamily(String familyId) {
        families.find(familyId)
                .ifPresent(family -> file(
                        "family:" + familyId,
                        evaluation
                                .evaluate(Records.FAMILY_CASE, family.subjectDates())
                                .overall()));
    }

    private void file(String subject, Ends ends) {
        if (ends instanceof Ends.On on) {
            String month = MonthFiling.key(on.day());
            months.addToSet(month, "subjects", subject);
            months.addToSet(MonthFiling.MONTHS, "months", month);
        }
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
