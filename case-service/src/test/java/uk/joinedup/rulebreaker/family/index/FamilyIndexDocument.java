package uk.joinedup.rulebreaker.family.index;

import uk.joinedup.rulebreaker.family.record.FamilyRecordDocument;

/** Breaks "no cycles within a feature", with {@link FamilyRecordDocument}. */
public class FamilyIndexDocument {
    FamilyRecordDocument record;
}
