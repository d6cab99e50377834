package uk.joinedup.caseservice.views.claims;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.EvidenceFact;
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;

/**
 * A family evaluated under every scheme from the facts one viewer may see.
 *
 * @param evaluations by scheme, in the order of the schemes; empty until the family's case has opened
 * @param evidence every fact the evaluations read, by fact id, as evidence to show
 * @param memberIds the members whose facts were read
 * @param disclosed what the sharing policy showed and withheld, per member, for the access log
 */
record EvaluatedFamily(
        FamilyRecord family,
        Map<Scheme, Evaluation> evaluations,
        Map<String, EvidenceFact> evidence,
        Set<String> memberIds,
        List<Disclosed<?>> disclosed) {

    /** How many facts about the members the viewer may not see for this purpose. */
    int factsWithheld() {
        return disclosed.stream().mapToInt(Disclosed::withheldCount).sum();
    }
}
