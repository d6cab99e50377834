package uk.joinedup.caseservice.family.index;

import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * A family found by name.
 *
 * @param leadName the lead professional's name, or null
 * @param members how many people are in the household now
 */
public record FamilyMatch(String familyId, String name, CaseStatus status, String leadName, int members) {}
