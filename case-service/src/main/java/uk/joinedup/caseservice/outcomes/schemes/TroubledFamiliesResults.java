package uk.joinedup.caseservice.outcomes.schemes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.rules.InWords;

/** The three results of Troubled Families phase 1, judged on a day after the family joined. */
final class TroubledFamiliesResults {

    static final String CRIME_AND_EDUCATION = "crimeAndEducation";
    static final String PROGRESS_TO_WORK = "progressToWork";
    static final String CONTINUOUS_EMPLOYMENT = "continuousEmployment";
    static final String SCHOOL = "school";
    static final String ANTI_SOCIAL_BEHAVIOUR_FALL = "antiSocialBehaviourFall";
    static final String OFFENDING_FALL = "offendingFall";

    private final TroubledFamiliesPhase1 rules;
    private final SchemeFamily family;
    private final LocalDate attachedOn;
    private final LocalDate asAt;
    /** Whether any part of result (a) had something to measure: a school-age child, or a problem before joining. */
    private boolean measured;

    TroubledFamiliesResults(TroubledFamiliesPhase1 rules, SchemeFamily family, LocalDate attachedOn, LocalDate asAt) {
        this.rules = rules;
        this.family = family;
        this.attachedOn = attachedOn;
        this.asAt = asAt;
    }

    List<Outcome> outcomes() {
        List<Finding> parts = List.of(school(), antiSocialBehaviourFall(), offendingFall());
        Outcome crimeAndEducation = measured
                ? Outcome.allOf(CRIME_AND_EDUCATION, parts)
                : Outcome.noneMeasured(
                        CRIME_AND_EDUCATION,
                        parts,
                        "nothing to measure: no school-age child, and no anti-social behaviour or youth offending in"
                                + " the window before joining");
        return List.of(crimeAndEducation, Outcome.single(progressToWork()), Outcome.single(continuousEmployment()));
    }

    /** Every school-age child under the exclusion and absence thresholds over the last terms. */
    private Finding school() {
        TroubledFamiliesPhase1.CrimeAndEducationResult result = rules.results().crimeAndEducation();
        List<SchoolTerm> terms = SchoolTerm.lastCompleted(asAt, result.terms(), rules.schoolTerms());
        Evidence evidence = new Evidence();
        List<String> failures = new ArrayList<>();
        for (FamilyMember child : family.members()) {
            int age = child.ageOn(asAt);
            if (age < result.schoolAgeFrom() || age >= result.schoolAgeUnder()) {
                continue;
            }
            measured = true;
            SchoolRecord school = SchoolRecord.of(child, terms, rules.schoolTerms());
            evidence.notSatisfying(school.outside);
            boolean fewExclusions = school.fixedExclusions.size() < result.fixedExclusionsFewerThan()
                    && school.permanentExclusions.isEmpty();
            boolean attending = school.hasAttendance()
                    && !Percent.atLeast(
                            school.unauthorisedAbsences(),
                            school.sessionsPossible(),
                            result.unauthorisedAbsencePercentUnder());
            if (fewExclusions) {
                evidence.satisfying(school.fixedExclusions);
            } else {
                evidence.notSatisfying(school.fixedExclusions).notSatisfying(school.permanentExclusions);
                failures.add(child.name() + " was excluded "
                        + (school.fixedExclusions.size() + school.permanentExclusions.size()) + " times");
            }
            if (attending) {
                evidence.satisfying(school.attendance);
            } else if (school.hasAttendance()) {
                evidence.notSatisfying(school.attendance);
                failures.add(child.name() + " missed "
                        + Percent.of(school.unauthorisedAbsences(), school.sessionsPossible()) + " without permission");
            } else {
                failures.add(child.name() + " has no attendance recorded");
            }
        }
        return evidence.finding(
                SCHOOL,
                failures.isEmpty(),
                (failures.isEmpty() ? "every school-age child in school" : String.join("; ", failures)) + " over "
                        + terms);
    }

    private Finding antiSocialBehaviourFall() {
        TroubledFamiliesPhase1.CrimeAndEducationResult result = rules.results().crimeAndEducation();
        return fall(
                ANTI_SOCIAL_BEHAVIOUR_FALL,
                fact -> result.antiSocialBehaviourFacts().stream().anyMatch(matcher -> matcher.matches(fact)),
                DatedFact::occurredOn,
                result.antiSocialBehaviourFallPercent());
    }

    /** Offences committed by members under the age at the time, counted by the day they were committed. */
    private Finding offendingFall() {
        TroubledFamiliesPhase1.CrimeAndEducationResult result = rules.results().crimeAndEducation();
        List<DatedFact<?>> youthOffences = family.members().stream()
                .flatMap(member -> member.factsOf(OffenceProven.class)
                        .filter(fact -> member.ageOn(committed(fact)) < result.youthUnder()))
                .toList();
        return fall(
                OFFENDING_FALL,
                youthOffences::contains,
                TroubledFamiliesResults::committed,
                result.offendingFallPercent());
    }

    /**
     * Compares the facts in the window that ended the day before the family joined with those in the window
     * that ends on the day judged; the later window must start on or after the day the family joined. With
     * none before, the part is met only if there are none since.
     */
    private Finding fall(
            String criterion,
            Predicate<DatedFact<?>> counted,
            Function<DatedFact<?>, LocalDate> dated,
            BigDecimal fallPercent) {
        Period window = rules.results().crimeAndEducation().fallWindow();
        LocalDate beforeTo = attachedOn.minusDays(1);
        LocalDate beforeFrom = attachedOn.minus(window);
        LocalDate afterFrom = asAt.minus(window).plusDays(1);
        Evidence evidence = new Evidence();
        List<DatedFact<?>> before = new ArrayList<>();
        List<DatedFact<?>> after = new ArrayList<>();
        family.facts().filter(counted).forEach(fact -> {
            LocalDate day = dated.apply(fact);
            if (!day.isBefore(beforeFrom) && !day.isAfter(beforeTo)) {
                before.add(fact);
            } else if (!day.isBefore(afterFrom) && !day.isAfter(asAt)) {
                after.add(fact);
            }
        });
        evidence.satisfying(before).notSatisfying(after);
        if (afterFrom.isBefore(attachedOn)) {
            return evidence.finding(
                    criterion, false, "a full " + InWords.period(window) + " since joining has not yet passed");
        }
        String counts = before.size() + " from " + InWords.date(beforeFrom) + " to " + InWords.date(beforeTo) + ", "
                + after.size() + " from " + InWords.date(afterFrom) + " to " + InWords.date(asAt);
        if (before.isEmpty()) {
            return evidence.finding(criterion, after.isEmpty(), "none before joining; " + counts);
        }
        measured = true;
        boolean met = Percent.atLeast(before.size() - after.size(), before.size(), fallPercent);
        return evidence.finding(
                criterion, met, "a fall of " + Percent.of(before.size() - after.size(), before.size()) + ": " + counts);
    }

    /** An adult attached to work-related provision since the family joined. */
    private Finding progressToWork() {
        Evidence evidence = new Evidence();
        boolean met = false;
        for (FamilyMember adult : family.members()) {
            for (DatedFact<?> fact : adult.facts()) {
                if (rules.results().progressToWork().facts().stream().noneMatch(matcher -> matcher.matches(fact))) {
                    continue;
                }
                if (adult.ageOn(fact.occurredOn()) >= rules.adultsFrom() && fact.within(attachedOn, asAt)) {
                    evidence.satisfying(fact);
                    met = true;
                } else {
                    evidence.notSatisfying(fact);
                }
            }
        }
        return evidence.finding(
                PROGRESS_TO_WORK,
                met,
                met
                        ? "an adult attached since " + InWords.date(attachedOn)
                        : "no adult attached since " + InWords.date(attachedOn));
    }

    /**
     * An adult on an out-of-work benefit when the family joined, since then in work and off every
     * out-of-work benefit on each day of the continuous period, which has ended by the day judged.
     */
    private Finding continuousEmployment() {
        TroubledFamiliesPhase1.ContinuousEmploymentResult result =
                rules.results().continuousEmployment();
        Evidence evidence = new Evidence();
        List<String> reasons = new ArrayList<>();
        boolean met = false;
        for (FamilyMember adult : family.members()) {
            if (adult.ageOn(attachedOn) < rules.adultsFrom()) {
                continue;
            }
            List<Spell> benefits = Spells.outOfWork(adult, rules.outOfWork());
            List<Spell> onJoining = benefits.stream()
                    .filter(spell -> spell.coversDay(attachedOn))
                    .toList();
            if (onJoining.isEmpty()) {
                continue;
            }
            boolean longer = onJoining.stream()
                    .map(spell -> ((BenefitClaimStarted) spell.started().fact()).benefit())
                    .anyMatch(result.longerFor()::contains);
            int weeks = longer ? result.longerWeeks() : result.weeks();
            List<Spell> jobs = Spells.inWork(adult);
            LocalDate start = firstContinuousStart(jobs, benefits, weeks);
            List<DatedFact<?>> workFacts = adult.facts().stream()
                    .filter(fact -> fact.is(JobStarted.class)
                            || fact.is(JobEnded.class)
                            || fact.is(BenefitClaimEnded.class)
                            || fact.is(BenefitClaimStarted.class))
                    .toList();
            if (start == null) {
                evidence.notSatisfying(workFacts);
                reasons.add(adult.name() + " not yet " + weeks + " weeks in work off out-of-work benefits");
                continue;
            }
            met = true;
            jobs.stream().filter(job -> job.coversDay(start)).forEach(job -> evidence.satisfying(job.started()));
            // each has ended: one still open would cover every day from the family joining, leaving no start
            onJoining.forEach(spell -> evidence.satisfying(spell.ended()));
            reasons.add(adult.name() + " in work off out-of-work benefits for " + weeks + " weeks from "
                    + InWords.date(start));
        }
        return evidence.finding(
                CONTINUOUS_EMPLOYMENT,
                met,
                reasons.isEmpty()
                        ? "no adult on an out-of-work benefit when the family joined"
                        : String.join("; ", reasons));
    }

    /** The first day from which the adult was in work and off benefit for the weeks, ended by the day judged. */
    private LocalDate firstContinuousStart(List<Spell> jobs, List<Spell> benefits, int weeks) {
        List<LocalDate> candidates = new ArrayList<>();
        jobs.forEach(job -> candidates.add(job.from()));
        benefits.stream().filter(spell -> spell.until() != null).forEach(spell -> candidates.add(spell.until()));
        return candidates.stream()
                .filter(day -> !day.isBefore(attachedOn))
                .sorted()
                .filter(day -> !day.plusWeeks(weeks).isAfter(asAt))
                .filter(day -> day.datesUntil(day.plusWeeks(weeks))
                        .allMatch(each -> jobs.stream().anyMatch(job -> job.coversDay(each))
                                && benefits.stream().noneMatch(spell -> spell.coversDay(each))))
                .findFirst()
                .orElse(null);
    }

    private static LocalDate committed(DatedFact<?> offence) {
        return ((OffenceProven) offence.fact()).offenceDate();
    }
}
