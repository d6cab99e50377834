package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.EsaGroupChanged;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * One claim for a benefit, from its start to its end: on benefit from the day it started up to the day
 * before it ended (the end day is the first day off it), so that a claim ended on the day another starts
 * leaves no gap and no overlap.
 *
 * @param ended the fact that ended it, or null while it is open
 * @param groupChanges for Employment and Support Allowance, the changes of group within the claim
 */
record BenefitClaim(
        DatedFact<BenefitClaimStarted> started,
        DatedFact<BenefitClaimEnded> ended,
        List<DatedFact<EsaGroupChanged>> groupChanges) {

    /**
     * A person's claims from their facts. A start while a claim of the same benefit is open continues it
     * (all ESA groups are one benefit); an end closes the open claim of its benefit, and is ignored if none
     * is open; a change of ESA group belongs to the open ESA claim.
     */
    static List<BenefitClaim> of(PersonFacts person) {
        List<Builder> claims = new ArrayList<>();
        Map<Object, Builder> open = new LinkedHashMap<>();
        for (DatedFact<?> fact : person.facts()) {
            if (fact.fact() instanceof BenefitClaimStarted start && !open.containsKey(claimed(start.benefit()))) {
                @SuppressWarnings("unchecked")
                Builder claim = new Builder((DatedFact<BenefitClaimStarted>) fact);
                claims.add(claim);
                open.put(claimed(start.benefit()), claim);
            } else if (fact.fact() instanceof BenefitClaimEnded end && open.containsKey(claimed(end.benefit()))) {
                @SuppressWarnings("unchecked")
                DatedFact<BenefitClaimEnded> ended = (DatedFact<BenefitClaimEnded>) fact;
                open.remove(claimed(end.benefit())).ended = ended;
            } else if (fact.fact() instanceof EsaGroupChanged && open.containsKey(EsaGroup.class)) {
                @SuppressWarnings("unchecked")
                DatedFact<EsaGroupChanged> change = (DatedFact<EsaGroupChanged>) fact;
                open.get(EsaGroup.class).groupChanges.add(change);
            }
        }
        return claims.stream().map(Builder::build).toList();
    }

    /** What makes two claims the same benefit: ESA whatever its group, otherwise the benefit. */
    private static Object claimed(Benefit benefit) {
        return benefit.esaGroup() != null ? EsaGroup.class : benefit;
    }

    Benefit benefit() {
        return started.fact().benefit();
    }

    /** The first day on the benefit. */
    LocalDate from() {
        return started.occurredOn();
    }

    /** Whether the person was on this claim on the day. */
    boolean openOn(LocalDate day) {
        return !from().isAfter(day) && (ended == null || ended.occurredOn().isAfter(day));
    }

    /** The first day off the benefit after this claim, or the day after {@code until} if it was still open. */
    LocalDate endOr(LocalDate until) {
        return ended == null ? until.plusDays(1) : ended.occurredOn();
    }

    /** For an ESA claim, its group on the day; null for other benefits. */
    EsaGroup esaGroupOn(LocalDate day) {
        EsaGroup group = benefit().esaGroup();
        for (DatedFact<EsaGroupChanged> change : groupChanges) {
            if (!change.occurredOn().isAfter(day)) {
                group = change.fact().group();
            }
        }
        return group;
    }

    /** The facts this claim is made of, start first. */
    List<FactId> evidence() {
        List<FactId> evidence = new ArrayList<>();
        evidence.add(started.id());
        groupChanges.forEach(change -> evidence.add(change.id()));
        if (ended != null) {
            evidence.add(ended.id());
        }
        return evidence;
    }

    private static final class Builder {
        private final DatedFact<BenefitClaimStarted> started;
        private final List<DatedFact<EsaGroupChanged>> groupChanges = new ArrayList<>();
        private DatedFact<BenefitClaimEnded> ended;

        Builder(DatedFact<BenefitClaimStarted> started) {
            this.started = started;
        }

        BenefitClaim build() {
            return new BenefitClaim(started, ended, List.copyOf(groupChanges));
        }
    }
}
