package uk.joinedup.rulebreaker.infrastructure;

import uk.joinedup.rulebreaker.person.api.PersonThing;

/** Breaks "infrastructure depends on no feature". */
public class InfrastructureReachingIntoAFeature {
    PersonThing person;
}
