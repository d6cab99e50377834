package uk.joinedup.caseservice.retention.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;
import uk.joinedup.caseservice.retention.schedules.Records;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedules;

/** The retention read model on a real (in-memory) embedded server: filed from events, read by month. */
class RetentionProjectionTest {

    static final AgencyId AGENCY = new AgencyId("southampton-early-help");
    static final FamilyId FAMILY = new FamilyId("walkers");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final RetentionSchedules schedules = new RetentionSchedules();
    private final RetentionProjection projection = new RetentionProjection(store.documents(), schedules);
    private final RetentionDue due = new RetentionDue(store.documents(), schedules);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anErasedPersonsDatesGoAndTheyLeaveTheirFamilysMembers() {
        register("stephen", "2011-03-04", "2020-01-01");
        register("ann", "1980-05-06", "2020-01-01");
        family("2020-01-01");
        projection.on(new FamilyMemberJoined(FAMILY, new PersonId("stephen"), Relationship.CHILD, day("2020-01-02")));
        projection.on(new FamilyMemberJoined(FAMILY, new PersonId("ann"), Relationship.PARENT, day("2020-01-02")));

        projection.on(new PersonErased(new PersonId("stephen"), new ErasureId("erasure-1")));
        close("2021-01-01");

        assertThat(store.documents()
                        .collection(RetentionProjection.PEOPLE, RetainedPerson.class)
                        .find("stephen"))
                .as("not filed again by the family's later events")
                .isEmpty();
        assertThat(DatabaseSearch.find(store.database(), Set.of("2011-03-04"))).isEmpty();
        assertThat(store.documents()
                        .collection(RetentionProjection.FAMILIES, RetainedFamily.class)
                        .find("walkers"))
                .get()
                .extracting(RetainedFamily::members)
                .isEqualTo(List.of("ann"));
        assertThat(due.membersOf("walkers"))
                .as("the members a family's erasure waits for")
                .containsExactly("ann");
        assertThat(due.membersOf("nobody")).isEmpty();
        assertThat(store.documents()
                        .collection(RetentionProjection.PEOPLE, RetainedPerson.class)
                        .find("ann"))
                .get()
                .extracting(person -> person.dates().get("dateOfBirth"))
                .isEqualTo("1980-05-06");
    }

    @Test
    void anErasedFamilysDatesGoAndItsMembersKeepTheirs() {
        register("ann", "1980-05-06", "2020-01-01");
        family("2020-01-01");
        projection.on(new FamilyMemberJoined(FAMILY, new PersonId("ann"), Relationship.PARENT, day("2020-01-02")));

        projection.on(new FamilyErased(FAMILY, new ErasureId("erasure-1")));

        assertThat(store.documents()
                        .collection(RetentionProjection.FAMILIES, RetainedFamily.class)
                        .find("walkers"))
                .isEmpty();
        assertThat(store.documents()
                        .collection(RetentionProjection.PEOPLE, RetainedPerson.class)
                        .find("ann"))
                .isPresent();
    }

    @Test
    void aFamilyCaseClosedSixYearsAgoIsDueWithItsScheduleAndAnAdultMemberWithIt() {
        register("stephen", "1984-02-09", "2015-01-10");
        family("2015-01-10");
        projection.on(new FamilyMemberJoined(FAMILY, new PersonId("stephen"), Relationship.PARENT, day("2015-01-10")));
        projection.on(new CaseOpened(FAMILY, day("2015-01-12")));
        close("2018-06-30");

        assertThat(due.by(day("2024-06-29"))).isEmpty();
        List<DueSubject> found = due.by(day("2024-06-30"));

        assertThat(found)
                .extracting(DueSubject::kind, DueSubject::id, DueSubject::endedOn, DueSubject::records)
                .containsExactly(
                        tuple("family", "walkers", day("2024-06-30"), Records.FAMILY_CASE),
                        tuple("person", "stephen", day("2024-06-30"), Records.ADULT));
        assertThat(found.get(0).schedule().id()).isEqualTo("early-help-family-case");
        assertThat(found.get(0).schedule().basis()).contains("Limitation Act 1980");
        assertThat(found.get(1).schedule().id()).isEqualTo("adult-in-a-family-case");
    }

    @Test
    void anOpenOrReopenedCaseIsNeverDue() {
        register("stephen", "1984-02-09", "2010-01-10");
        family("2010-01-10");
        projection.on(new FamilyMemberJoined(FAMILY, new PersonId("stephen"), Relationship.PARENT, day("2010-01-10")));
        projection.on(new CaseOpened(FAMILY, day("2010-01-12")));

        assertThat(due.by(day("2099-01-01"))).isEmpty();

        close("2011-01-01");
        projection.on(new CaseReopened(FAMILY, "new concerns", day("2012-01-01")));

        assertThat(due.by(day("2099-01-01"))).isEmpty();
    }

    @Test
    void aChildIsDueFromTheir25thBirthdayWhateverTheirFamilysCase() {
        register("kayleigh", "2004-02-29", "2012-05-01");
        fact("kayleigh", InformationCategory.EDUCATION, "2020-07-01");

        assertThat(due.by(day("2029-02-28"))).isEmpty();
        assertThat(due.by(day("2029-03-01"))).singleElement().satisfies(subject -> {
            assertThat(subject.id()).isEqualTo("kayleigh");
            assertThat(subject.records()).isEqualTo(Records.CHILD);
            assertThat(subject.schedule().id()).isEqualTo("child-records");
            assertThat(subject.decidingCategory()).isEqualTo(InformationCategory.IDENTITY);
        });
    }

    @Test
    void aLaterFactMovesAnAdultsDayAndTheEarlierFilingIsNotReported() {
        register("tony", "1970-01-01", "2010-01-01");
        fact("tony", InformationCategory.OFFENDING, "2012-03-01");
        fact("tony", InformationCategory.HEALTH, "2009-01-01");
        fact("tony", InformationCategory.OFFENDING, "2011-01-01");

        assertThat(due.by(day("2018-02-28"))).isEmpty();
        assertThat(due.by(day("2018-03-01")).get(0).endedOn())
                .as("an earlier fact recorded later does not move the day back")
                .isEqualTo(day("2018-03-01"));

        fact("tony", InformationCategory.OFFENDING, "2016-05-05");

        assertThat(due.by(day("2022-05-04"))).isEmpty();
        assertThat(due.by(day("2022-05-05"))).singleElement().satisfies(subject -> {
            assertThat(subject.decidingCategory()).isEqualTo(InformationCategory.OFFENDING);
            assertThat(subject.schedule().id()).isEqualTo("adult-agency-facts");
        });
    }

    @Test
    void aCorrectedDateOfBirthMakesAChildOfAnAdultsRecord() {
        register("james", "1990-01-01", "2005-01-01");
        projection.on(new PersonDetailsCorrected(new PersonId("james"), details(day("1980-01-01")), "born earlier"));

        assertThat(due.by(day("2010-12-31"))).isEmpty();
        assertThat(due.by(day("2011-01-01"))).singleElement().satisfies(subject -> assertThat(subject.records())
                .isEqualTo(Records.ADULT));
    }

    @Test
    void aPersonWithNoDateOfBirthIsFiledByTheirFacts() {
        projection.on(
                new PersonRegistered(new PersonId("j"), details(null), AGENCY), Instant.parse("2010-03-04T10:00:00Z"));

        assertThat(due.by(day("2016-03-04"))).extracting(DueSubject::id).containsExactly("j");
    }

    @Test
    void aResetForgetsEverything() {
        register("kayleigh", "2004-02-29", "2012-05-01");
        family("2012-05-01");
        projection.reset();

        assertThat(due.by(day("2099-01-01"))).isEmpty();
        assertThat(store.documents()
                        .collection(RetentionProjection.PEOPLE, RetainedPerson.class)
                        .find("kayleigh"))
                .isEmpty();
        assertThat(store.documents()
                        .collection(RetentionProjection.FAMILIES, RetainedFamily.class)
                        .find("walkers"))
                .isEmpty();
        assertThat(months().find(MonthFiling.MONTHS)).isEmpty();
        assertThat(months().find("ends:2029-03")).isEmpty();
    }

    @Test
    void filesASubjectUnderTheMonthItsRetentionEnds() {
        register("kayleigh", "2004-02-29", "2012-05-01");

        assertThat(months().find("ends:2029-03").orElseThrow().subjects()).containsExactly("person:kayleigh");
        assertThat(months().find(MonthFiling.MONTHS).orElseThrow().months()).containsExactly("ends:2029-03");
    }

    @Test
    void readsOnlyTheMonthsUpToTheDay() {
        register("kayleigh", "2004-02-29", "2012-05-01");
        months().addToSet("ends:2099-01", "subjects", "person:kayleigh");
        months().addToSet(MonthFiling.MONTHS, "months", "ends:2099-01");
        months().addToSet("ends:2029-03", "subjects", "person:nobody");
        months().delete("ends:2029-03");

        assertThat(due.by(day("2030-01-01"))).as("filed only in a later month").isEmpty();
        assertThat(due.by(day("2099-01-01"))).extracting(DueSubject::id).containsExactly("kayleigh");
    }

    @Test
    void aPersonWhoJoinsAFamilyWhoseCaseIsOpenIsNeverDue() {
        family("2010-01-01");
        projection.on(new CaseOpened(FAMILY, day("2010-01-02")));
        register("stephen", "1984-02-09", "2010-01-10");
        projection.on(new FamilyMemberJoined(FAMILY, new PersonId("stephen"), Relationship.PARENT, day("2010-01-10")));

        assertThat(due.by(day("2099-01-01"))).isEmpty();
    }

    @Test
    void aMemberFirstKnownWhileTheCaseWasOpenIsFiledWhenItCloses() {
        // the family's events handled before the person's (another segment)
        family("2010-01-01");
        projection.on(new CaseOpened(FAMILY, day("2010-01-02")));
        projection.on(new FamilyMemberJoined(FAMILY, new PersonId("stephen"), Relationship.PARENT, day("2010-01-10")));
        register("stephen", "1984-02-09", "2010-01-10");
        close("2018-06-30");

        assertThat(due.by(day("2024-06-30"))).extracting(DueSubject::id).containsExactly("walkers", "stephen");
    }

    @Test
    void aPersonJoiningAClosedFamilyIsFiledWhenOnlyTheCaseDecides() {
        RetentionSchedules caseOnly = new RetentionSchedules(List.of(
                new ClassPathResource("retention/early-help-family-case.yml"),
                new ClassPathResource("retention/adult-in-a-family-case.yml")));
        RetentionProjection byCase = new RetentionProjection(store.documents(), caseOnly);
        RetentionDue dueByCase = new RetentionDue(store.documents(), caseOnly);
        byCase.on(new FamilyRegistered(FAMILY, "Walker", AGENCY), Instant.parse("2010-01-01T10:00:00Z"));
        byCase.on(new CaseOpened(FAMILY, day("2010-01-02")));
        byCase.on(new CaseClosed(FAMILY, ClosureReason.OUTCOMES_ACHIEVED, "done", day("2012-01-31"), false));
        byCase.on(
                new PersonRegistered(new PersonId("stephen"), details(day("1984-02-09")), AGENCY),
                Instant.parse("2013-01-10T10:00:00Z"));
        byCase.on(new FamilyMemberJoined(FAMILY, new PersonId("stephen"), Relationship.PARENT, day("2013-01-10")));

        assertThat(dueByCase.by(day("2018-01-31"))).extracting(DueSubject::id).containsExactly("walkers", "stephen");
    }

    private DocumentCollection<MonthFiling> months() {
        return store.documents().collection(RetentionProjection.MONTHS, MonthFiling.class);
    }

    private void register(String id, String born, String on) {
        projection.on(
                new PersonRegistered(new PersonId(id), details(day(born)), AGENCY), Instant.parse(on + "T10:00:00Z"));
    }

    private void family(String on) {
        projection.on(new FamilyRegistered(FAMILY, "Walker", AGENCY), Instant.parse(on + "T10:00:00Z"));
    }

    private void close(String on) {
        projection.on(new CaseClosed(FAMILY, ClosureReason.OUTCOMES_ACHIEVED, "done", day(on), false));
    }

    private void fact(String id, InformationCategory category, String on) {
        projection.on(new AgencyFactRecorded(
                new PersonId(id), new FactId("f-" + category + on), null, day(on), AGENCY, category));
    }

    private static PersonDetails details(LocalDate born) {
        return new PersonDetails(new PersonName("A", "Person"), born, null, null, null);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
