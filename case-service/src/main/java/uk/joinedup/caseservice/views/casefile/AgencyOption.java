package uk.joinedup.caseservice.views.casefile;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import uk.joinedup.caseservice.chronology.ChronologyEntry;

/** An agency a chronology can be filtered by: its id and the name it recorded under. */
public record AgencyOption(String id, String name) {

    /** The agencies that recorded these entries, by name. */
    static List<AgencyOption> of(Collection<ChronologyEntry> entries) {
        return entries.stream()
                .map(entry -> new AgencyOption(entry.owningAgency().value(), entry.owningAgencyName()))
                .distinct()
                .sorted(Comparator.comparing(AgencyOption::name))
                .toList();
    }
}
