package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourInterventionGiven;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.LeftSchoolRoll;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.PlacedInAlternativeProvision;
import uk.joinedup.caseservice.catalogue.RejoinedSchoolRoll;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.rules.InWords;

/** The four entry criteria of Troubled Families phase 1, judged on the day the family joined. */
final class TroubledFamiliesEntry {

    static final String CRIME = "crimeAndAntiSocialBehaviour";
    static final String EDUCATION = "education";
    static final String WORK = "work";
    static final String LOCAL_DISCRETION = "localDiscretion";

    /**
     * The kinds of fact the criteria's code reads that can satisfy one (the local authority's own are in the
     * file): a leaving of a school roll, not a rejoining; a claim's start, not its end.
     */
    static final Set<String> KINDS_THAT_MEET = Set.of(
            OffenceProven.class.getSimpleName(),
            AntiSocialBehaviourInterventionGiven.class.getSimpleName(),
            ExcludedFromSchool.class.getSimpleName(),
            TermAttendanceRecorded.class.getSimpleName(),
            PlacedInAlternativeProvision.class.getSimpleName(),
            LeftSchoolRoll.class.getSimpleName(),
            BenefitClaimStarted.class.getSimpleName());

    private static final Map<String, String> LABELS = Map.of(
            CRIME, "Crime and anti-social behaviour",
            EDUCATION, "Education",
            WORK, "Work",
            LOCAL_DISCRETION, "Local discretion");

    private final TroubledFamiliesPhase1 rules;
    private final SchemeFamily family;
    private final LocalDate on;

    TroubledFamiliesEntry(TroubledFamiliesPhase1 rules, SchemeFamily family, LocalDate attachedOn) {
        this.rules = rules;
        this.family = family;
        this.on = attachedOn;
    }

    /** A criterion's name for people. */
    static String label(String criterion) {
        return LABELS.getOrDefault(criterion, criterion);
    }

    List<Finding> findings() {
        return List.of(crime(), education(), work(), localDiscretion());
    }

    /**
     * The attachment fee as a payable result: met when the family meets enough entry criteria, on the evidence of
     * the criteria met (the facts of those not met, and those the met ones read against, count against it).
     */
    static Outcome attachmentFee(List<Finding> entry, int criteriaNeeded) {
        Evidence evidence = new Evidence();
        List<String> met = new ArrayList<>();
        for (Finding criterion : entry) {
            if (criterion.met()) {
                evidence.with(criterion);
                met.add(criterion.criterion());
            } else {
                evidence.against(criterion);
            }
        }
        return Outcome.single(evidence.finding(
                TroubledFamiliesPayments.ATTACHMENT_FEE,
                met.size() >= criteriaNeeded,
                met.size() + " of the " + entry.size() + " entry criteria met, " + criteriaNeeded + " needed: " + met));
    }

    /** An under-18 with an offence proven in the window, or anyone given a listed ASB intervention in it. */
    private Finding crime() {
        TroubledFamiliesPhase1.CrimeEntry crime = rules.entry().crime();
        LocalDate from = on.minus(crime.window());
        Evidence evidence = new Evidence();
        List<String> reasons = new ArrayList<>();
        for (FamilyMember member : family.members()) {
            member.factsOf(OffenceProven.class).forEach(fact -> {
                OffenceProven offence = (OffenceProven) fact.fact();
                if (fact.within(from, on) && member.ageOn(offence.offenceDate()) < crime.youthUnder()) {
                    evidence.satisfying(fact);
                    reasons.add("an offence by someone under " + crime.youthUnder() + " proven on "
                            + InWords.date(fact.occurredOn()));
                } else {
                    evidence.notSatisfying(fact);
                }
            });
            member.factsOf(AntiSocialBehaviourInterventionGiven.class).forEach(fact -> {
                AntiSocialBehaviourInterventionGiven given = (AntiSocialBehaviourInterventionGiven) fact.fact();
                if (fact.within(from, on)
                        && crime.antiSocialBehaviourInterventions().contains(given.intervention())) {
                    evidence.satisfying(fact);
                    reasons.add("an anti-social behaviour intervention on " + InWords.date(fact.occurredOn()));
                } else {
                    evidence.notSatisfying(fact);
                }
            });
        }
        return evidence.finding(
                CRIME,
                !reasons.isEmpty(),
                reasons.isEmpty()
                        ? "no offence by an under-" + crime.youthUnder() + " nor listed intervention from "
                                + InWords.date(from)
                        : String.join("; ", reasons));
    }

    /**
     * A child with a permanent exclusion, enough fixed exclusions, a placement in alternative provision because
     * of exclusion, or off a school roll; or with enough unauthorised absence.
     */
    private Finding education() {
        TroubledFamiliesPhase1.EducationEntry education = rules.entry().education();
        List<SchoolTerm> terms = SchoolTerm.lastCompleted(on, education.terms(), rules.schoolTerms());
        Evidence evidence = new Evidence();
        List<String> reasons = new ArrayList<>();
        for (FamilyMember child : children()) {
            SchoolRecord school = SchoolRecord.of(child, terms, rules.schoolTerms());
            evidence.notSatisfying(school.outside);
            if (!school.permanentExclusions.isEmpty()) {
                evidence.satisfying(school.permanentExclusions);
                reasons.add("a permanent exclusion");
            }
            if (school.fixedExclusions.size() >= education.fixedExclusionsAtLeast()) {
                evidence.satisfying(school.fixedExclusions);
                reasons.add(school.fixedExclusions.size() + " fixed exclusions");
            } else {
                evidence.notSatisfying(school.fixedExclusions);
            }
            placements(child, terms, education, evidence, reasons);
            offRoll(child, education, evidence, reasons);
            if (school.hasAttendance()
                    && Percent.atLeast(
                            school.unauthorisedAbsences(),
                            school.sessionsPossible(),
                            education.unauthorisedAbsencePercentAtLeast())) {
                evidence.satisfying(school.attendance);
                reasons.add(
                        Percent.of(school.unauthorisedAbsences(), school.sessionsPossible()) + " unauthorised absence");
            } else {
                evidence.notSatisfying(school.attendance);
            }
        }
        return evidence.finding(
                EDUCATION,
                !reasons.isEmpty(),
                (reasons.isEmpty() ? "nothing that meets it" : String.join("; ", reasons)) + " over " + terms);
    }

    /**
     * Placements in a pupil referral unit or alternative provision for a listed reason, from the first day of the
     * earliest of the terms (the day after the term before it ended) to the day the family joined.
     */
    private void placements(
            FamilyMember child,
            List<SchoolTerm> terms,
            TroubledFamiliesPhase1.EducationEntry education,
            Evidence evidence,
            List<String> reasons) {
        SchoolTerm current = SchoolTerm.containing(on, rules.schoolTerms());
        child.factsOf(PlacedInAlternativeProvision.class).forEach(fact -> {
            PlacedInAlternativeProvision placed = (PlacedInAlternativeProvision) fact.fact();
            SchoolTerm term = SchoolTerm.containing(fact.occurredOn(), rules.schoolTerms());
            boolean inWindow = !fact.occurredOn().isAfter(on) && (terms.contains(term) || term.equals(current));
            if (inWindow && education.alternativeProvisionFor().contains(placed.reason())) {
                evidence.satisfying(fact);
                reasons.add("placed in alternative provision on " + InWords.date(fact.occurredOn()));
            } else {
                evidence.notSatisfying(fact);
            }
        });
    }

    /**
     * A child of the ages off a school roll on the day the family joined: the latest record of leaving or
     * rejoining a roll on or before that day is a leaving.
     */
    private void offRoll(
            FamilyMember child,
            TroubledFamiliesPhase1.EducationEntry education,
            Evidence evidence,
            List<String> reasons) {
        List<DatedFact<?>> roll = child.facts().stream()
                .filter(fact -> fact.is(LeftSchoolRoll.class) || fact.is(RejoinedSchoolRoll.class))
                .sorted(Comparator.comparing(DatedFact::occurredOn))
                .toList();
        DatedFact<?> latest = roll.stream()
                .filter(fact -> !fact.occurredOn().isAfter(on))
                .reduce((first, second) -> second)
                .orElse(null);
        int age = child.ageOn(on);
        boolean counts = latest != null
                && latest.is(LeftSchoolRoll.class)
                && age >= education.notOnRollAgeFrom()
                && age < education.notOnRollAgeUnder();
        roll.forEach(fact -> {
            if (counts && fact == latest) {
                evidence.satisfying(fact);
            } else {
                evidence.notSatisfying(fact);
            }
        });
        if (counts) {
            reasons.add("not on a school roll since " + InWords.date(latest.occurredOn()));
        }
    }

    /** An adult on an out-of-work benefit on the day. */
    private Finding work() {
        Evidence evidence = new Evidence();
        boolean met = false;
        for (FamilyMember adult : adults()) {
            for (Spell spell : Spells.outOfWork(adult, rules.outOfWork())) {
                if (spell.coversDay(on)) {
                    evidence.satisfying(spell.started());
                    met = true;
                } else {
                    evidence.notSatisfying(spell.started());
                }
            }
        }
        family.facts().filter(fact -> fact.is(BenefitClaimStarted.class)).forEach(evidence::notSatisfying);
        return evidence.finding(
                WORK,
                met,
                met
                        ? "an adult on an out-of-work benefit on " + InWords.date(on)
                        : "no adult on an out-of-work benefit");
    }

    /** A fact the authority chose (e.g. a child protection plan, a notice of eviction) in the window. */
    private Finding localDiscretion() {
        TroubledFamiliesPhase1.DiscretionEntry discretion = rules.entry().localDiscretion();
        LocalDate from = on.minus(discretion.window());
        Evidence evidence = new Evidence();
        boolean met = false;
        for (DatedFact<?> fact : family.facts().toList()) {
            if (discretion.facts().stream().anyMatch(matcher -> matcher.matches(fact))) {
                if (fact.within(from, on)) {
                    evidence.satisfying(fact);
                    met = true;
                } else {
                    evidence.notSatisfying(fact);
                }
            }
        }
        return evidence.finding(
                LOCAL_DISCRETION,
                met,
                met ? "a listed fact from " + InWords.date(from) : "no listed fact from " + InWords.date(from));
    }

    private List<FamilyMember> children() {
        return family.members().stream()
                .filter(member -> member.ageOn(on) < rules.adultsFrom())
                .toList();
    }

    private List<FamilyMember> adults() {
        return family.members().stream()
                .filter(member -> member.ageOn(on) >= rules.adultsFrom())
                .toList();
    }
}
