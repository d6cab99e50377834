package uk.joinedup.caseservice.views.casefile;

import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * What the viewer may change about who is involved with a family, so that pages offer only that. The
 * family aggregate enforces the same rules (with the viewer's standing read from the same record); this
 * is an offer, not the check.
 *
 * @param changeHousehold add or remove household members: the lead professional or a team manager of the
 *     case, and the registering agency before the case first opens
 * @param manageTeam add someone to the team, take someone off it, decide requests to join: the lead or a
 *     team manager of the case, while the case is open
 * @param askToJoin ask to join the team: any other practitioner not on it, while the case is open
 * @param joinRequested the viewer has asked to join and awaits the decision
 * @param leaveTeam leave the team: a member who is not the lead professional
 */
public record YouMay(
        boolean changeHousehold, boolean manageTeam, boolean askToJoin, boolean joinRequested, boolean leaveTeam) {

    static YouMay of(FamilyRecord family, Viewer viewer) {
        if (!viewer.practitioner()) {
            return new YouMay(false, false, false, false, false);
        }
        boolean leads = family.ledBy(viewer.userId());
        Standing standing = family.standingOf(viewer);
        boolean manages = leads || standing == Standing.CASE_MANAGER;
        boolean open = family.status() == CaseStatus.OPEN;
        boolean beingPutTogether = family.status() == CaseStatus.NOT_OPEN && standing == Standing.REGISTERING_AGENCY;
        boolean onTeam = family.team().containsKey(viewer.userId());
        boolean requested = family.joinRequests().containsKey(viewer.userId());
        return new YouMay(
                manages || beingPutTogether,
                manages && open,
                open && !onTeam && !requested && !manages,
                requested,
                onTeam && !leads);
    }
}
