package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * One page of the cases of a team manager's team (their team within their agency): the families whose
 * team any of its members is on.
 *
 * @param keyworker only this member's cases, or null for everyone's
 * @param status only cases standing so, or null for every case not closed
 */
public record FindTeamCaseload(Actor viewer, String keyworker, CaseStatus status, int page) {}
