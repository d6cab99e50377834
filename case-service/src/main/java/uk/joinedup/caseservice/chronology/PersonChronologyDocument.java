package uk.joinedup.caseservice.chronology;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;

/** A person's chronology as stored: one document per person, entries keyed by entry id. */
record PersonChronologyDocument(
        @JsonProperty("_id") String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        Map<String, ChronologyEntry> entries) {}
