package uk.joinedup.rulebreaker.family.record;

import uk.joinedup.rulebreaker.family.index.FamilyIndexDocument;
import uk.joinedup.rulebreaker.person.record.PersonRecordDocument;

/** Breaks "no cycles within a feature" and "the family feature knows only the person contract". */
public class FamilyRecordDocument {
    FamilyIndexDocument index;
    PersonRecordDocument person;
}
