package uk.joinedup.caseservice.person.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.person.api.PersonDetails;

/**
 * Everything recorded about a person, as stored: not yet filtered for any viewer.
 *
 * @param entries the chronology, by entry id
 * @param version the sequence number of the last event applied: the version clients send back
 */
public record PersonRecord(
        @JsonProperty("_id") String personId,
        PersonDetails details,
        AgencyId registeredBy,
        String registeredByName,
        LocalDate dateOfDeath,
        Map<String, ChronologyEntry> entries,
        long version) {

    /** The id of the chronology entry of the person's registration: their identity details. */
    public static final String REGISTERED = "registered";

    public PersonRecord {
        entries = entries == null ? Map.of() : Map.copyOf(entries);
    }

    PersonRecord with(ChronologyEntry entry, long newVersion) {
        Map<String, ChronologyEntry> all = new HashMap<>(entries);
        all.put(entry.entryId(), entry);
        return new PersonRecord(personId, details, registeredBy, registeredByName, dateOfDeath, all, newVersion);
    }

    PersonRecord withDetails(PersonDetails corrected) {
        return new PersonRecord(personId, corrected, registeredBy, registeredByName, dateOfDeath, entries, version);
    }

    PersonRecord withDateOfDeath(LocalDate died) {
        return new PersonRecord(personId, details, registeredBy, registeredByName, died, entries, version);
    }
}
