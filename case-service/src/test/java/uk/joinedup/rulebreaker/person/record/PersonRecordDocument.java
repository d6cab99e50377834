package uk.joinedup.rulebreaker.person.record;

import uk.joinedup.rulebreaker.person.web.PersonEndpoint;

/** Breaks "read models never depend on web". */
public class PersonRecordDocument {
    PersonEndpoint endpoint;
}
