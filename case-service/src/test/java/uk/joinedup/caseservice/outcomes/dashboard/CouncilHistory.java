package uk.joinedup.caseservice.outcomes.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.AttainmentRecorded;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.EsaGroupChanged;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.ExpectedStandard;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.catalogue.ReturnedToTreatment;
import uk.joinedup.caseservice.catalogue.Substance;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TreatmentExit;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.SexOrGender;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * A council's generated history for {@link OutcomesDashboardBenchmark} (a seeded {@link Random}, so runs
 * before and after a change fill the same store): open families registered by early help, each with a
 * keyworker of one of {@link #TEAMS} teams of ten, two to six people each (about four); each person with up to
 * 13 outcome facts of a theme (offending, work and benefits, treatment, school and parents) recorded by the
 * agencies that record them, dated mid-2020 to 2026, three percent of them later corrected and three percent
 * retracted, and up to seven case notes of a few hundred characters; sixty percent of the people with a
 * consent for early help to see some categories for measuring outcomes (one in twenty of them withdrawn), one
 * in two hundred with an emergency override.
 */
final class CouncilHistory {

    static final AgencyId EARLY_HELP = new AgencyId("early-help");
    static final int TEAMS = 20;
    private static final int KEYWORKERS_PER_TEAM = 10;
    private static final LocalDate FIRST = LocalDate.of(2020, 6, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 11, 30).toEpochDay() - FIRST.toEpochDay());
    private static final String NOTE = "Visited the family at home; talked through the plan, school mornings and"
            + " the rent arrears letter; agreed the next steps with each of them and a date to review. ";
    private static final InformationCategory[] CONSENTED = {
        InformationCategory.OFFENDING,
        InformationCategory.EMPLOYMENT_AND_BENEFITS,
        InformationCategory.EDUCATION,
        InformationCategory.SUBSTANCE_MISUSE,
        InformationCategory.FAMILY
    };

    private final int families;
    private final long seed;
    private int people;

    CouncilHistory(int families, long seed) {
        this.families = families;
        this.seed = seed;
    }

    /** The manager who asks: early help, team 0. */
    Actor manager() {
        return new Actor(
                "manager-0",
                "Manager",
                EARLY_HELP,
                "Early Help",
                AgencyKind.EARLY_HELP,
                Set.of(Role.TEAM_MANAGER),
                "team-0");
    }

    /** The keyworkers of a team. */
    List<String> team(String team) {
        int number = Integer.parseInt(team.substring("team-".length()));
        return IntStream.range(0, KEYWORKERS_PER_TEAM)
                .mapToObj(n -> keyworker(number * KEYWORKERS_PER_TEAM + n))
                .toList();
    }

    int people() {
        return people;
    }

    /** Every event of the history, in an order the aggregates could have recorded them. */
    void events(Consumer<EventMessage<?>> to) {
        Random random = new Random(seed);
        people = 0;
        for (int f = 0; f < families; f++) {
            String familyId = "family-" + f;
            FamilyId family = new FamilyId(familyId);
            LocalDate opened = FIRST.plusDays(random.nextInt(DAYS / 2));
            long[] sequence = {0};
            Consumer<Object> familyEvent = event -> to.accept(OutcomesDashboardBenchmark.message(
                    "Family", familyId, sequence[0]++, event, at(opened), AgencyKind.EARLY_HELP, EARLY_HELP.value()));
            familyEvent.accept(new FamilyRegistered(family, "Family " + f, EARLY_HELP));
            int keyworker = random.nextInt(TEAMS * KEYWORKERS_PER_TEAM);
            familyEvent.accept(new KeyworkerJoinedTeam(
                    family,
                    new TeamMember(
                            keyworker(keyworker),
                            "Keyworker " + keyworker,
                            EARLY_HELP,
                            "Early Help",
                            "Keyworker",
                            null),
                    opened));
            int size = 2 + random.nextInt(5);
            for (int m = 0; m < size; m++) {
                boolean child = m >= 2 || (m == 1 && random.nextInt(3) == 0);
                String personId = "person-" + f + "-" + m;
                person(random, personId, child, to);
                familyEvent.accept(new FamilyMemberJoined(
                        family, new PersonId(personId), child ? Relationship.CHILD : Relationship.PARENT, opened));
            }
            familyEvent.accept(new CaseOpened(family, opened));
        }
    }

    private void person(Random random, String personId, boolean child, Consumer<EventMessage<?>> to) {
        people++;
        PersonId person = new PersonId(personId);
        long[] sequence = {0};
        LocalDate born = child
                ? LocalDate.of(2008, 1, 1).plusDays(random.nextInt(13 * 365))
                : LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
        LocalDate registered = FIRST.plusDays(random.nextInt(30));
        AgencyKind[] recordedBy = {AgencyKind.EARLY_HELP};
        Consumer<Object> event = payload -> to.accept(OutcomesDashboardBenchmark.message(
                "Person",
                personId,
                sequence[0]++,
                payload,
                at(registered.plusDays(sequence[0])),
                recordedBy[0],
                agency(recordedBy[0]).value()));
        event.accept(new PersonRegistered(
                person,
                new PersonDetails(
                        new PersonName("Given" + people, "Family" + personId.hashCode() % 1000),
                        born,
                        random.nextBoolean() ? SexOrGender.FEMALE : SexOrGender.MALE,
                        null,
                        PersonIdentifiers.none()),
                EARLY_HELP));
        int[] kinds = child ? THEMES[CHILDREN] : THEMES[random.nextInt(CHILDREN)];
        List<FactId> facts = new ArrayList<>();
        int count = random.nextInt(14);
        for (int i = 0; i < count; i++) {
            LocalDate on = FIRST.plusDays(random.nextInt(DAYS));
            int kind = random.nextInt(3) == 0 && !child ? random.nextInt(12) : kinds[random.nextInt(kinds.length)];
            AgencyFact fact = fact(kind, random, on, facts);
            AgencyKind by = FactCatalogue.recordableBy(fact.getClass()).get(0);
            FactId factId = new FactId(personId + "-f" + i);
            facts.add(factId);
            recordedBy[0] = by;
            event.accept(
                    new AgencyFactRecorded(person, factId, fact, on, agency(by), FactCatalogue.category(fact, by)));
            int amended = random.nextInt(100);
            if (amended < 3) {
                event.accept(new AgencyFactRetracted(person, factId, "Recorded against the wrong person"));
            } else if (amended < 6) {
                event.accept(new AgencyFactCorrected(
                        person, factId, fact, on.plusDays(random.nextInt(30)), "Date corrected"));
            }
        }
        recordedBy[0] = AgencyKind.EARLY_HELP;
        int notes = random.nextInt(8);
        for (int n = 0; n < notes; n++) {
            event.accept(new AgencyFactRecorded(
                    person,
                    new FactId(personId + "-n" + n),
                    new CaseNoteWritten(NOTE.repeat(1 + random.nextInt(3))),
                    FIRST.plusDays(random.nextInt(DAYS)),
                    EARLY_HELP,
                    InformationCategory.CASE_NOTE));
        }
        if (random.nextInt(10) < 6) {
            consent(random, person, to);
        }
        if (random.nextInt(200) == 0) {
            Instant from = at(LocalDate.of(2026, 11, 1).plusDays(random.nextInt(30)));
            String overrideId = "override-" + personId;
            to.accept(OutcomesDashboardBenchmark.message(
                    "EmergencyOverride",
                    overrideId,
                    0,
                    new EmergencyAccessGranted(
                            new OverrideId(overrideId),
                            person,
                            "manager-0",
                            EARLY_HELP,
                            OverrideReason.CHILD_AT_RISK,
                            "Police report overnight",
                            from,
                            from.plusSeconds(86_400),
                            Set.of(agency(AgencyKind.POLICE))),
                    from,
                    AgencyKind.EARLY_HELP,
                    EARLY_HELP.value()));
        }
    }

    private static void consent(Random random, PersonId person, Consumer<EventMessage<?>> to) {
        String consentId = "consent-" + person.value();
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        for (InformationCategory category : CONSENTED) {
            if (random.nextInt(5) > 0) {
                categories.add(category);
            }
        }
        if (categories.isEmpty()) {
            categories.add(InformationCategory.EDUCATION);
        }
        LocalDate from = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(700));
        to.accept(OutcomesDashboardBenchmark.message(
                "Consent",
                consentId,
                0,
                new ConsentRecorded(
                        new ConsentId(consentId),
                        person,
                        ConsentGiver.THE_PERSON,
                        "Them",
                        Set.of(EARLY_HELP),
                        categories,
                        Purpose.OUTCOMES,
                        from,
                        from.plusYears(5),
                        ConsentEvidence.SIGNED_FORM,
                        "Form kept on file",
                        EARLY_HELP),
                at(from),
                AgencyKind.EARLY_HELP,
                EARLY_HELP.value()));
        if (random.nextInt(20) == 0) {
            LocalDate withdrawn = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
            to.accept(OutcomesDashboardBenchmark.message(
                    "Consent",
                    consentId,
                    1,
                    new ConsentWithdrawn(new ConsentId(consentId), person, withdrawn, "Asked to stop sharing"),
                    at(withdrawn),
                    AgencyKind.EARLY_HELP,
                    EARLY_HELP.value()));
        }
    }

    private static String keyworker(int number) {
        return "keyworker-" + number;
    }

    private static AgencyId agency(AgencyKind kind) {
        return kind == AgencyKind.EARLY_HELP
                ? EARLY_HELP
                : new AgencyId(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    /** Kinds of fact (as numbered in {@link #fact}) that come together: offending, benefits, treatment, children. */
    private static final int[][] THEMES = {
        {0, 1, 2, 3, 4}, {3, 4, 5, 6, 7, 8}, {1, 3, 9, 10, 10, 11}, {12, 12, 12, 13, 14, 14, 14, 15, 16, 16}
    };

    private static final int CHILDREN = 3;

    private static final ExpectedStandard[] MOSTLY_MET = {
        ExpectedStandard.MET, ExpectedStandard.MET, ExpectedStandard.MET, ExpectedStandard.NOT_MET
    };

    private static AgencyFact fact(int kind, Random random, LocalDate on, List<FactId> earlier) {
        return switch (kind) {
            case 0 -> new ReleasedFromCustody(null, random.nextBoolean());
            case 1, 2 ->
                new OffenceProven("Offence", on.minusDays(random.nextInt(500)), pick(random, Disposal.values()));
            case 3 -> new JobStarted(null, random.nextInt(40));
            case 4 -> new JobEnded(null);
            case 5, 6 -> {
                Benefit benefit = pick(random, Benefit.values());
                yield new BenefitClaimStarted(
                        benefit,
                        benefit == Benefit.UNIVERSAL_CREDIT && random.nextInt(6) > 0
                                ? pick(random, UniversalCreditRegime.values())
                                : null);
            }
            case 7 -> new BenefitClaimEnded(pick(random, Benefit.values()), ClaimEndReason.OTHER);
            case 8 -> new EsaGroupChanged(pick(random, EsaGroup.values()));
            case 9 -> new TreatmentStarted(Substance.ALCOHOL, pick(random, new Boolean[] {true, true, false, null}));
            case 10 ->
                new TreatmentExited(
                        pick(random, TreatmentExit.values()),
                        earlier.isEmpty()
                                ? "none"
                                : earlier.get(random.nextInt(earlier.size())).value());
            case 11 -> new ReturnedToTreatment(Substance.DRUGS);
            case 12 -> {
                int possible = 1 + random.nextInt(200);
                int authorised = random.nextInt(possible / 4 + 1);
                yield new TermAttendanceRecorded(
                        pick(random, new String[] {"2023/24", "2024/25", "2025/26"}),
                        pick(random, Term.values()),
                        possible,
                        authorised,
                        random.nextInt(Math.min(possible - authorised, possible / 4) + 1));
            }
            case 13 -> new ExcludedFromSchool(ExclusionType.FIXED_TERM, 1 + random.nextInt(5));
            case 14 -> new ParentRecorded("parent" + random.nextInt(3), random.nextInt(4) > 0);
            case 15 -> new ParentsSeparated("parent0", "parent" + (1 + random.nextInt(2)));
            default ->
                random.nextBoolean()
                        ? AttainmentRecorded.keyStage2(
                                pick(random, MOSTLY_MET),
                                pick(random, MOSTLY_MET),
                                pick(random, MOSTLY_MET),
                                random.nextBoolean())
                        : AttainmentRecorded.keyStage4(
                                1 + random.nextInt(9), 1 + random.nextInt(9), random.nextBoolean());
        };
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
