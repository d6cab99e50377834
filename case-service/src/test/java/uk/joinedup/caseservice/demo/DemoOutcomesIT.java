package uk.joinedup.caseservice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agreement.record.AgreementRecords;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.Attainment;
import uk.joinedup.caseservice.outcomes.indicators.Attendance;
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
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.FamilyMember;
import uk.joinedup.caseservice.outcomes.schemes.ResultFinding;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.outcomes.schemes.SchemeFamily;
import uk.joinedup.caseservice.outcomes.schemes.Schemes;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.EntryKind;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * The demo's outcome stories, through the pure indicator and scheme functions over the demo's person and
 * family records as stored: in each of the last four complete calendar quarters every measure has someone in
 * its denominator (attainment, whose results come once a year, in the last of them), and each has someone in
 * its numerator in at least one of them; both schemes have an eligible
 * family with a result achieved (the Coles for Troubled Families, the Bells for Supporting Families), also
 * over only what the early help manager may see for outcomes (ADR 21: the outcomes agreement and consents).
 *
 * <p>A quarter is read as the dashboard reads it: cohorts entering in the quarter, everything else as at its
 * last day, attendance over the three school terms completed by then (terms starting 1 September, 1 January
 * and 15 April), exclusions in the quarter, children being those under 18 on its last day.
 */
@TestPropertySource(properties = "joinedup.demo-data=true")
class DemoOutcomesIT extends ApiIntegrationTest {

    private static final int QUARTERS = 4;

    /** Results come once a year: the demo records the last school year's, counted in the last complete quarter. */
    private static final Set<Measure> ONCE_A_YEAR = EnumSet.of(
            Measure.KEY_STAGE_2_FREE_SCHOOL_MEALS,
            Measure.KEY_STAGE_2_OTHER_PUPILS,
            Measure.KEY_STAGE_4_FREE_SCHOOL_MEALS,
            Measure.KEY_STAGE_4_OTHER_PUPILS);

    @Autowired
    private EventStorageEngine events;

    @Autowired
    private PersonRecords personRecords;

    @Autowired
    private FamilyRecords familyRecords;

    @Autowired
    private AgreementRecords agreements;

    @Autowired
    private ConsentRecords consents;

    @Autowired
    private Clock clock;

    private LocalDate today;
    private Map<PersonId, PersonFacts> people;

    @BeforeEach
    void readTheDemoRecords() {
        awaitReadModels();
        today = LocalDate.now(clock);
        List<String> ids = events.readEvents(null, false)
                .map(event -> event.getPayload())
                .filter(PersonRegistered.class::isInstance)
                .map(registered -> ((PersonRegistered) registered).personId().value())
                .toList();
        people = new LinkedHashMap<>();
        personRecords.findAll(ids).forEach(record -> people.put(new PersonId(record.personId()), facts(record)));
    }

    @Test
    void everyMeasureHasADenominatorInEachRecentQuarterAndANumeratorInOne() {
        List<String> emptyDenominators = new ArrayList<>();
        Map<Measure, Integer> numerators = new EnumMap<>(Measure.class);
        Quarter quarter = Quarter.of(today);
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < QUARTERS; i++) {
            quarter = quarter.previous();
            Map<Measure, int[]> figures = figures(quarter);
            table.append(quarter).append(' ');
            for (Measure measure : Measure.values()) {
                int[] figure = figures.get(measure);
                assertThat(figure).as("%s computed for %s", measure, quarter).isNotNull();
                table.append(measure)
                        .append('=')
                        .append(figure[0])
                        .append('/')
                        .append(figure[1])
                        .append(' ');
                boolean resultsOfAnotherYear = ONCE_A_YEAR.contains(measure) && i > 0;
                if (figure[1] == 0 && !resultsOfAnotherYear) {
                    emptyDenominators.add(measure + " in " + quarter);
                }
                numerators.merge(measure, figure[0], Integer::sum);
            }
            table.append('\n');
        }
        assertThat(emptyDenominators)
                .as("measures with nobody to count\n%s", table)
                .isEmpty();
        assertThat(Measure.values())
                .as("every measure has someone in its numerator in a recent quarter\n%s", table)
                .allSatisfy(measure ->
                        assertThat(numerators.get(measure)).as("%s", measure).isPositive());
    }

    @Test
    void theColesAreEligibleForTroubledFamiliesAndEarnedProgressToWorkAndContinuousEmployment() {
        Evaluation coles = evaluate("troubled-families-phase-1", "Cole family");

        assertThat(coles.eligible()).isTrue();
        assertThat(coles.entry().stream().filter(finding -> finding.met()).count())
                .as("crime, education (Mia off the school roll, Kyle in the pupil referral unit), work, eviction")
                .isEqualTo(4);
        assertThat(coles.entry("education").because()).contains("not on a school roll", "alternative provision");
        assertThat(coles.result("progressToWork").finding().met())
                .as("Dean attached to ESF provision")
                .isTrue();
        assertThat(coles.result("continuousEmployment").finding().met())
                .as("Dean in work 13 weeks off JSA")
                .isTrue();
    }

    @Test
    void theBellsAreEligibleForSupportingFamiliesWithEveryNeedSustained() {
        Evaluation bells = evaluate("supporting-families", "Bell family");

        assertThat(bells.eligible()).isTrue();
        ResultFinding claim = bells.results().get(0);
        assertThat(claim.finding().met()).as(claim.finding().because()).isTrue();
        assertThat(claim.parts().stream().map(part -> part.criterion()))
                .contains("outcome.domesticAbuse", "outcome.health", "outcome.housing", "outcome.financialStability");
    }

    @Test
    void earlyHelpsManagerSeesForOutcomesWhatMakesBothFamiliesClaimableButNoTreatmentWithoutConsent() {
        Viewer manager = Viewer.of(DemoPractitioners.MO, clock.instant()).forPurpose(Purpose.OUTCOMES);

        FamilyRecord coles = family("Cole family");
        Evaluation troubled = evaluate("troubled-families-phase-1", coles, visibleTo(manager, coles));
        assertThat(troubled.eligible())
                .as("under the outcomes agreement and Tanya's consent")
                .isTrue();
        assertThat(troubled.result("progressToWork").finding().met()).isTrue();
        assertThat(troubled.result("continuousEmployment").finding().met()).isTrue();

        FamilyRecord bells = family("Bell family");
        Evaluation supporting = evaluate("supporting-families", bells, visibleTo(manager, bells));
        assertThat(supporting.eligible()).as("under Nadia's and Carl's consent").isTrue();
        assertThat(supporting.results().get(0).finding().met()).isTrue();

        FamilyRecord doyles = family("Doyle family");
        Map<PersonId, PersonFacts> doylesSeen = visibleTo(manager, doyles);
        assertThat(doylesSeen.values().stream().flatMap(person -> person.facts().stream()))
                .as("Wayne's convictions, under the agreement")
                .anyMatch(fact -> fact.is(OffenceProven.class))
                .as("Lorraine's treatment: no consent, and the agreement cites no article 9 condition")
                .noneMatch(fact -> fact.is(TreatmentStarted.class) || fact.is(TreatmentExited.class));
    }

    @Test
    void eachSchemeHasAnEligibleFamilyWithAResultAchieved() {
        for (Scheme scheme : new Schemes().all()) {
            List<String> achieved = new ArrayList<>();
            for (FamilyRecord family : families()) {
                schemeFamily(family, people).ifPresent(input -> {
                    Evaluation evaluation = scheme.evaluate(input, attachedOn(family), today);
                    if (evaluation.eligible()
                            && evaluation.results().stream()
                                    .anyMatch(result -> result.finding().met())) {
                        achieved.add(family.name());
                    }
                });
            }
            assertThat(achieved).as(scheme.id()).isNotEmpty();
        }
    }

    private Evaluation evaluate(String schemeId, String familyName) {
        return evaluate(schemeId, family(familyName), people);
    }

    private Evaluation evaluate(String schemeId, FamilyRecord family, Map<PersonId, PersonFacts> facts) {
        return new Schemes()
                .byId(schemeId)
                .evaluate(schemeFamily(family, facts).orElseThrow(), attachedOn(family), today);
    }

    private FamilyRecord family(String name) {
        return families().stream()
                .filter(record -> record.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The facts of the family's members that the viewer may see, through the sharing policy. */
    private Map<PersonId, PersonFacts> visibleTo(Viewer viewer, FamilyRecord family) {
        SharingPolicy policy = new SharingPolicy(agreements.current(), SharingProtocol.DEFAULT);
        Map<PersonId, PersonFacts> visible = new LinkedHashMap<>();
        for (String personId : family.members().keySet()) {
            PersonRecord record = personRecords.find(personId).orElseThrow();
            Subject subject = new Subject(
                    family.relationshipTo(personId, viewer),
                    record.details().dateOfBirth(),
                    consents.termsOf(personId),
                    List.of());
            PersonFacts all = people.get(new PersonId(personId));
            List<DatedFact<?>> shown = all.facts().stream()
                    .filter(fact ->
                            policy.decide(viewer, subject, shared(record, fact)).shown())
                    .toList();
            visible.put(all.person(), new PersonFacts(all.person(), all.dateOfBirth(), shown));
        }
        return visible;
    }

    private static SharedEntry shared(PersonRecord record, DatedFact<?> fact) {
        ChronologyEntry entry = record.entries().get(fact.id().value());
        return new SharedEntry(
                entry.owningAgency(),
                entry.owningAgencyKind(),
                entry.category(),
                EntryKind.AGENCY_RECORD,
                entry.occurredOn());
    }

    /** Every measure for the quarter: numerator and denominator. */
    private Map<Measure, int[]> figures(Quarter quarter) {
        DateRange period = new DateRange(quarter.firstDay(), quarter.lastDay());
        LocalDate end = quarter.lastDay();
        List<PersonFacts> everyone = List.copyOf(people.values());
        List<PersonFacts> children =
                everyone.stream().filter(person -> person.ageOn(end) < 18).toList();
        List<SchoolTerm> terms = lastThreeTerms(end);
        List<MeasureResult> results = new ArrayList<>();
        results.addAll(ReOffending.adults(everyone, period));
        results.add(ReOffending.youth(everyone, period));
        results.addAll(DrugAndAlcoholTreatment.measures(everyone, end));
        results.add(EntrenchedWorklessness.measure(everyone, end));
        results.addAll(Education.measures(children, terms, period));
        results.addAll(Attainment.measures(children, end));
        results.add(FamilyStability.measure(everyone, end));
        Map<Measure, int[]> figures = new EnumMap<>(Measure.class);
        results.forEach(result ->
                figures.put(result.measure(), new int[] {result.numeratorCount(), result.denominatorCount()}));
        Attendance attendance = Education.attendance(children, terms);
        figures.put(
                Measure.ATTENDANCE,
                new int[] {(int) attendance.sessionsAttended(), (int) attendance.sessionsPossible()});
        return figures;
    }

    /** The three terms that ended on or before the day, latest first. */
    private static List<SchoolTerm> lastThreeTerms(LocalDate day) {
        List<SchoolTerm> terms = new ArrayList<>();
        for (int year = day.getYear(); terms.size() < 3; year--) {
            LocalDate[] ends = {LocalDate.of(year + 1, 8, 31), LocalDate.of(year + 1, 4, 14), LocalDate.of(year, 12, 31)
            };
            Term[] named = {Term.SUMMER, Term.SPRING, Term.AUTUMN};
            for (int i = 0; i < 3 && terms.size() < 3; i++) {
                if (!ends[i].isAfter(day)) {
                    terms.add(new SchoolTerm(year + "/" + String.format("%02d", (year + 1) % 100), named[i]));
                }
            }
        }
        return terms;
    }

    private List<FamilyRecord> families() {
        List<String> ids = events.readEvents(null, false)
                .map(event -> event.getPayload())
                .filter(FamilyRegistered.class::isInstance)
                .map(registered -> ((FamilyRegistered) registered).familyId().value())
                .toList();
        return familyRecords.findAll(ids);
    }

    /** The family as the schemes read it, if it has had a whole-family assessment (the day it joined). */
    private Optional<SchemeFamily> schemeFamily(FamilyRecord family, Map<PersonId, PersonFacts> facts) {
        if (family.assessments().isEmpty()) {
            return Optional.empty();
        }
        List<FamilyMember> members = family.members().values().stream()
                .filter(FamilyRecord.Member::current)
                .map(member -> facts.get(new PersonId(member.personId())))
                .filter(Objects::nonNull)
                .map(person -> new FamilyMember(
                        person.person(), person.person().value(), person.dateOfBirth(), person.facts()))
                .toList();
        return Optional.of(new SchemeFamily(
                members,
                family.lead() == null ? null : family.lead().since(),
                attachedOn(family),
                family.plan() == null ? null : family.plan().agreedOn()));
    }

    private static LocalDate attachedOn(FamilyRecord family) {
        return family.assessments().stream()
                .map(FamilyRecord.Assessment::completedOn)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private static PersonFacts facts(PersonRecord record) {
        List<DatedFact<?>> facts = record.entries().values().stream()
                .filter(entry -> entry.fact() != null && !entry.retracted())
                .sorted(Comparator.comparing(ChronologyEntry::recordedAt))
                .<DatedFact<?>>map(
                        entry -> new DatedFact<>(new FactId(entry.entryId()), entry.occurredOn(), entry.fact()))
                .toList();
        return new PersonFacts(new PersonId(record.personId()), record.details().dateOfBirth(), facts);
    }
}
