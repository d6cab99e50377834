package uk.joinedup.caseservice.views.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.sharing.Disclosure.Withheld;
import uk.joinedup.caseservice.sharing.WithheldReason;

/**
 * Entries a viewer may not see, counted by agency, category and reason: "3 entries from Probation are
 * not shown: no consent for offending information". Never the entries themselves.
 *
 * @param agency the agency that recorded them
 * @param agencyName its name
 */
public record WithheldEntries(
        String agency, String agencyName, InformationCategory category, WithheldReason reason, int count) {

    /** The summary, with each agency named as it recorded the entries. */
    static List<WithheldEntries> of(Collection<Withheld> withheld, Collection<ChronologyEntry> named) {
        Map<String, String> names = new HashMap<>();
        named.forEach(entry -> names.putIfAbsent(entry.owningAgency().value(), entry.owningAgencyName()));
        return withheld.stream()
                .map(item -> new WithheldEntries(
                        item.agency().value(),
                        names.getOrDefault(item.agency().value(), item.agency().value()),
                        item.category(),
                        item.reason(),
                        item.count()))
                .toList();
    }
}
