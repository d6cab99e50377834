package uk.joinedup.rulebreaker.person.domain;

import java.time.Instant;
import uk.joinedup.rulebreaker.person.record.PersonRecordDocument;

/** Breaks "person domain depends only on its api…" and "aggregates … read no clock". */
public class PersonAggregate {
    PersonRecordDocument record;

    Instant now() {
        return Instant.now();
    }
}
