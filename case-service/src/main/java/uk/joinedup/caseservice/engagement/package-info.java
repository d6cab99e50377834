/**
 * Following up disengagement (issue 14; seed 003, 632: "redoubling of efforts" after an unanswered door): rules
 * that are configuration (so many facts of a kind, such as unanswered contacts or help declined, within so many
 * days) raise a flag on the family's case until the team records a follow-up. Read at query time from the facts
 * the viewer may see, like everything else of the case file.
 */
package uk.joinedup.caseservice.engagement;
