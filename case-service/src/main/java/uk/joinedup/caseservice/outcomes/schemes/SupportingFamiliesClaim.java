package uk.joinedup.caseservice.outcomes.schemes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.rules.InWords;

/**
 * Supporting Families: who is eligible, and whether a claim can be made. A family is eligible with a
 * dependent child (or an expectant parent) and needs in enough headline outcomes, each shown by a fact in the
 * look-back before it joined. A claim needs a lead professional, a whole-family assessment and a plan by the
 * day judged, and every need identified showing its outcome sustained.
 */
final class SupportingFamiliesClaim {

    static final String DEPENDANTS = "dependants";
    static final String NEEDS = "needs";
    static final String SUSTAINED_OUTCOMES = "sustainedOutcomes";
    static final String LEAD_PROFESSIONAL = "leadProfessional";
    static final String WHOLE_FAMILY_ASSESSMENT = "wholeFamilyAssessment";
    static final String PLAN = "plan";
    static final String NEED = "need.";
    static final String OUTCOME = "outcome.";

    private final SupportingFamilies rules;
    private final SchemeFamily family;
    private final LocalDate attachedOn;
    private final LocalDate asAt;

    SupportingFamiliesClaim(SupportingFamilies rules, SchemeFamily family, LocalDate attachedOn, LocalDate asAt) {
        this.rules = rules;
        this.family = family;
        this.attachedOn = attachedOn;
        this.asAt = asAt;
    }

    Evaluation evaluate(String scheme) {
        List<SupportingFamilies.HeadlineOutcome> needed = new ArrayList<>();
        List<Finding> needFindings = new ArrayList<>();
        for (SupportingFamilies.HeadlineOutcome outcome : rules.headlineOutcomes()) {
            Finding need = need(outcome);
            needFindings.add(need);
            if (need.met()) {
                needed.add(outcome);
            }
        }
        Finding dependants = dependants();
        Evidence allNeeds = new Evidence();
        needFindings.forEach(allNeeds::with);
        Finding needs = allNeeds.finding(
                NEEDS,
                needed.size() >= rules.needsAtLeast(),
                needed.size() + " of the headline outcomes show a need, " + rules.needsAtLeast() + " needed: "
                        + needed.stream()
                                .map(SupportingFamilies.HeadlineOutcome::id)
                                .toList());
        List<Finding> entry = new ArrayList<>(List.of(dependants, needs));
        entry.addAll(needFindings);
        boolean eligible = dependants.met() && needs.met();

        List<Finding> parts = new ArrayList<>(List.of(
                recorded(LEAD_PROFESSIONAL, family.leadProfessionalSince(), "a lead professional appointed"),
                recorded(WHOLE_FAMILY_ASSESSMENT, family.wholeFamilyAssessedOn(), "a whole-family assessment"),
                recorded(PLAN, family.planAgreedOn(), "a family plan agreed")));
        needed.forEach(outcome -> parts.add(sustained(outcome)));
        Outcome claim = Outcome.allOf(SUSTAINED_OUTCOMES, parts);
        BigDecimal earned = eligible && claim.finding().met() ? rules.claimPayment() : BigDecimal.ZERO;
        return new Evaluation(
                scheme,
                eligible,
                entry,
                null,
                List.of(),
                BigDecimal.ZERO,
                List.of(new ResultFinding(claim.finding(), claim.parts(), rules.claimPayment(), earned)),
                earned,
                false);
    }

    /** A member under the dependent-child age, or an expectant parent, on the day the family joined. */
    private Finding dependants() {
        boolean child =
                family.members().stream().anyMatch(member -> member.ageOn(attachedOn) < rules.dependentChildUnder());
        ExpectantParents.Expecting expecting = ExpectantParents.on(family, attachedOn, rules.dueDateMargin());
        String because = child
                ? "a child under " + rules.dependentChildUnder()
                : expecting.any()
                        ? "an expectant parent, due " + InWords.date(expecting.dueOn())
                        : "no dependent child or expectant parent on " + InWords.date(attachedOn);
        return expecting.evidence().finding(DEPENDANTS, child || expecting.any(), because);
    }

    private Finding need(SupportingFamilies.HeadlineOutcome outcome) {
        LocalDate from = attachedOn.minus(rules.needLookback());
        Evidence evidence = new Evidence();
        boolean met = false;
        for (DatedFact<?> fact : family.facts().filter(outcome::showsNeed).toList()) {
            if (fact.within(from, attachedOn)) {
                evidence.satisfying(fact);
                met = true;
            } else {
                evidence.notSatisfying(fact);
            }
        }
        return evidence.finding(
                NEED + outcome.id(),
                met,
                (met ? "a need shown" : "no need shown") + " from " + InWords.date(from) + " to "
                        + InWords.date(attachedOn) + " (" + outcome.title() + ")");
    }

    /**
     * The outcome is achieved on the day of the first fact showing it after the last fact showing the need (or,
     * if the file lists no such facts, the day after the last fact showing the need), but never before the family
     * joined; it is sustained once the sustained period from that day has passed by the day judged with no fact
     * showing the need again.
     */
    private Finding sustained(SupportingFamilies.HeadlineOutcome outcome) {
        List<DatedFact<?>> needFacts = family.facts()
                .filter(outcome::showsNeed)
                .filter(fact -> !fact.occurredOn().isAfter(asAt))
                .sorted(Comparator.comparing(DatedFact::occurredOn))
                .toList();
        LocalDate lastNeed = needFacts.get(needFacts.size() - 1).occurredOn();
        Evidence evidence = new Evidence().notSatisfying(needFacts);
        LocalDate achievedOn;
        if (outcome.outcomeShownBy().isEmpty()) {
            achievedOn = lastNeed.plusDays(1);
        } else {
            DatedFact<?> shown = family.facts()
                    .filter(outcome::showsOutcome)
                    .filter(fact -> fact.occurredOn().isAfter(lastNeed)
                            && !fact.occurredOn().isAfter(asAt))
                    .min(Comparator.comparing(DatedFact::occurredOn))
                    .orElse(null);
            if (shown == null) {
                return evidence.finding(
                        OUTCOME + outcome.id(), false, "no fact shows the outcome since " + InWords.date(lastNeed));
            }
            evidence.satisfying(shown);
            achievedOn = shown.occurredOn();
        }
        if (achievedOn.isBefore(attachedOn)) {
            achievedOn = attachedOn;
        }
        LocalDate sustainedOn = achievedOn.plus(rules.sustainedFor());
        boolean met = !sustainedOn.isAfter(asAt);
        return evidence.finding(
                OUTCOME + outcome.id(),
                met,
                "achieved on " + InWords.date(achievedOn) + ", sustained for " + InWords.period(rules.sustainedFor())
                        + (met ? " by " : " only on ") + InWords.date(sustainedOn));
    }

    /** A step of the programme recorded on or before the day judged. */
    private Finding recorded(String criterion, LocalDate on, String what) {
        boolean met = on != null && !on.isAfter(asAt);
        return new Evidence().finding(criterion, met, met ? what + " on " + InWords.date(on) : "not yet " + what);
    }
}
