package uk.joinedup.caseservice.views.cohortcost;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.costs.BeforeAndAfter;
import uk.joinedup.caseservice.costs.FamilyCosts;
import uk.joinedup.caseservice.costs.MemberFact;
import uk.joinedup.caseservice.views.outcomes.OutcomeFamilies;

/**
 * What the cohort keeps of a family as the manager sees it, remembered with the family ({@link OutcomeFamilies}):
 * the cost of the facts shown either side of its opening, and whether any of its members' facts were withheld.
 * Never the family's record itself, nor its budget, which can change without the family's record.
 */
record CohortFamily(BeforeAndAfter cost, boolean factsWithheld) {

    /** The cohort's summary of a family whose case opened, costed on a day. */
    record Costing(FamilyCosts costs, LocalDate today) implements OutcomeFamilies.Summary<CohortFamily> {

        @Override
        public Object key() {
            return this;
        }

        @Override
        public CohortFamily of(OutcomeFamilies.FamilySeen family) {
            List<MemberFact> facts = family.members().stream()
                    .flatMap(member -> member.facts().facts().stream()
                            .map(fact -> new MemberFact(member.personId(), fact.occurredOn(), fact.fact())))
                    .toList();
            boolean withheld = family.members().stream()
                    .anyMatch(member -> member.disclosed().factsWithheld() > 0);
            return new CohortFamily(costs.aroundOpening(facts, family.family().openedOn(), today), withheld);
        }
    }
}
