package uk.joinedup.caseservice.outcomes.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.WithheldReason;

/**
 * A person in the caseload as one viewer may see them for measuring outcomes: their existence (name and date of
 * birth, visible for matching), the facts the sharing policy shows the viewer for {@code OUTCOMES}, and
 * whether any of their facts were withheld (never which).
 *
 * @param facts the facts shown, as the indicators read them
 * @param evidence what a drill-down shows of each fact shown, by fact id
 * @param disclosed what the policy decided of their facts, for the access log of a drill-down that lists them
 */
public record PersonInScope(
        String personId,
        String name,
        LocalDate dateOfBirth,
        PersonFacts facts,
        Map<String, Evidence> evidence,
        Decided disclosed) {

    public PersonInScope {
        evidence = Map.copyOf(evidence);
    }

    /**
     * The policy's decisions on a person's facts, by category: what the access log keeps of a view.
     *
     * @param shownOn the categories of the facts shown, each with the bases they were shown on
     * @param withheld the categories of the facts withheld, each with the reasons
     * @param references the consents and agreement versions the bases rested on
     * @param factsWithheld how many of their facts were withheld
     */
    public record Decided(
            Map<InformationCategory, Set<Basis>> shownOn,
            Map<InformationCategory, Set<WithheldReason>> withheld,
            List<String> references,
            int factsWithheld) {

        /** Nothing decided: a person with no live fact. */
        public static final Decided NOTHING = new Decided(Map.of(), Map.of(), List.of(), 0);

        public Decided {
            shownOn = Map.copyOf(shownOn);
            withheld = Map.copyOf(withheld);
            references = List.copyOf(references);
        }
    }
}
