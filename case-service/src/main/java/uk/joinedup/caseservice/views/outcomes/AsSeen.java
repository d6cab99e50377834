package uk.joinedup.caseservice.views.outcomes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.outcomes.dashboard.Evidence;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope.Decided;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WithheldReason;
import uk.joinedup.caseservice.sharing.WorkingRelationship;
import uk.joinedup.caseservice.views.outcomes.OutcomePerson.HeldConsent;

/**
 * A filed person as the sharing policy shows them to one viewer: each live fact decided, then the facts shown
 * kept and the facts withheld only counted by category and reason, never shown.
 */
final class AsSeen {

    private AsSeen() {}

    /** The person as a subject of the policy, through how the viewer works with them. */
    static Subject subject(OutcomePerson person, WorkingRelationship relationship) {
        return new Subject(
                relationship,
                person.dateOfBirth(),
                person.consents().stream().map(HeldConsent::terms).toList(),
                person.overrides());
    }

    /** What the policy decides of each of the person's live facts for the viewer, in the order filed. */
    static List<Decision> decisions(OutcomePerson person, Subject subject, Viewer viewer, Disclosure policy) {
        List<Decision> decisions = new ArrayList<>(person.entries().size());
        for (OutcomeEntry entry : person.entries()) {
            decisions.add(policy.decide(
                    viewer,
                    subject,
                    SharedEntry.agencyRecord(
                            entry.owningAgency(), entry.owningAgencyKind(), entry.category(), entry.occurredOn())));
        }
        return decisions;
    }

    /**
     * The person with the live facts the policy showed, and what it decided of each category. A case note, which
     * no figure reads, only counts as shown.
     */
    static PersonInScope person(OutcomePerson person, List<Decision> decisions) {
        List<DatedFact<?>> shown = new ArrayList<>();
        Map<String, Evidence> evidence = new HashMap<>();
        Map<InformationCategory, Set<Basis>> shownOn = new EnumMap<>(InformationCategory.class);
        Map<InformationCategory, Set<WithheldReason>> withheld = new EnumMap<>(InformationCategory.class);
        Set<String> references = new LinkedHashSet<>();
        int withheldCount = 0;
        for (int index = 0; index < decisions.size(); index++) {
            OutcomeEntry entry = person.entries().get(index);
            Decision decision = decisions.get(index);
            if (decision.shown()) {
                if (entry.fact() != null) {
                    shown.add(new DatedFact<>(new FactId(entry.entryId()), entry.occurredOn(), entry.fact()));
                    evidence.put(
                            entry.entryId(),
                            new Evidence(entry.entryId(), entry.kind(), entry.occurredOn(), entry.owningAgencyName()));
                }
                shownOn.computeIfAbsent(entry.category(), any -> EnumSet.noneOf(Basis.class))
                        .add(decision.basis());
                if (decision.reference() != null) {
                    references.add(decision.reference());
                }
            } else {
                withheld.computeIfAbsent(entry.category(), any -> EnumSet.noneOf(WithheldReason.class))
                        .add(decision.withheld());
                withheldCount++;
            }
        }
        return new PersonInScope(
                person.personId(),
                person.name(),
                person.dateOfBirth(),
                new PersonFacts(new PersonId(person.personId()), person.dateOfBirth(), shown),
                evidence,
                new Decided(shownOn, withheld, List.copyOf(references), withheldCount));
    }
}
