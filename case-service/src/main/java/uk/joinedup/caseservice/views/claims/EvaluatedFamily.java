package uk.joinedup.caseservice.views.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.EvidenceFact;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;

/**
 * A family evaluated under every scheme from the facts one viewer may see.
 *
 * @param evaluations by scheme, in the order of the schemes; empty until the family's case has opened
 * @param members its current members as the policy showed them, with what it decided, for the access log
 */
record EvaluatedFamily(FamilyRecord family, Map<Scheme, Evaluation> evaluations, List<PersonInScope> members) {

    EvaluatedFamily {
        members = List.copyOf(members);
    }

    /** How many facts about the members the viewer may not see for this purpose. */
    int factsWithheld() {
        return members.stream()
                .mapToInt(member -> member.disclosed().factsWithheld())
                .sum();
    }

    /** Every fact the evaluations could read, by fact id, as evidence to show. */
    Map<String, EvidenceFact> evidence() {
        Map<String, EvidenceFact> evidence = new HashMap<>();
        for (PersonInScope member : members) {
            member.evidence()
                    .forEach((factId, fact) -> evidence.put(
                            factId,
                            new EvidenceFact(
                                    factId,
                                    member.personId(),
                                    member.name(),
                                    fact.kind(),
                                    fact.occurredOn(),
                                    fact.recordedBy())));
        }
        return evidence;
    }
}
