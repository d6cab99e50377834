package uk.joinedup.rulebreaker.person.index;

import uk.joinedup.rulebreaker.family.api.FamilyThing;

/** Breaks "the person feature knows no family". */
public class PersonIndexDocument {
    FamilyThing family;
}
