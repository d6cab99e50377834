package uk.joinedup.caseservice.views.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * People's live facts as the sharing policy shows them to a viewer who does not work with them, read from the
 * same buckets as the outcome figures (ADR 22): for early identification ({@code views.identification}), where
 * no one works with a family not yet found. Each fact is decided for the viewer's purpose under the person's
 * consents; a withheld fact is only counted, by kind, never shown.
 */
@Component
public class PeopleAsSeen {

    private final OutcomeBuckets buckets;
    private final RecordsForOutcomes records;

    PeopleAsSeen(OutcomeBuckets buckets, RecordsForOutcomes records) {
        this.buckets = buckets;
        this.records = records;
    }

    /**
     * Appends to the access log that these people were listed to the viewer, with what the policy decided of
     * their facts ({@link Seen#disclosed}).
     */
    public void logShown(Actor viewer, Viewed what, String subject, Map<String, PersonInScope.Decided> shown) {
        records.logShown(viewer, what, subject, shown);
    }

    /** Each of these people filed with a date of birth, by person id. */
    public Map<String, Seen> seenBy(Viewer viewer, Disclosure policy, Collection<String> personIds) {
        Map<String, Seen> seen = new HashMap<>();
        buckets.people(personIds).forEach((personId, person) -> {
            List<Decision> decisions =
                    AsSeen.decisions(person, AsSeen.subject(person, WorkingRelationship.NONE), viewer, policy);
            List<DatedFact<?>> shown = new ArrayList<>();
            List<String> withheldKinds = new ArrayList<>();
            for (int index = 0; index < decisions.size(); index++) {
                OutcomeEntry entry = person.entries().get(index);
                if (!decisions.get(index).shown()) {
                    withheldKinds.add(entry.kind());
                } else if (entry.fact() != null) {
                    shown.add(new DatedFact<>(new FactId(entry.entryId()), entry.occurredOn(), entry.fact()));
                }
            }
            seen.put(
                    personId,
                    new Seen(
                            personId,
                            person.dateOfBirth(),
                            shown,
                            withheldKinds,
                            AsSeen.person(person, decisions).disclosed()));
        });
        return seen;
    }

    /**
     * A person as seen.
     *
     * @param shown their live facts the viewer may see (a case note, which no criterion reads, left out)
     * @param withheldKinds the kind of each live fact withheld from the viewer
     * @param disclosed what the policy decided of each category of their facts, for the access log
     */
    public record Seen(
            String personId,
            LocalDate dateOfBirth,
            List<DatedFact<?>> shown,
            List<String> withheldKinds,
            PersonInScope.Decided disclosed) {

        public Seen {
            shown = List.copyOf(shown);
            withheldKinds = List.copyOf(withheldKinds);
        }
    }
}
