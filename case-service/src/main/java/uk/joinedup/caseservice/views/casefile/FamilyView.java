package uk.joinedup.caseservice.views.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.costs.FamilyCostView;
import uk.joinedup.caseservice.engagement.DisengagementFlag;
import uk.joinedup.caseservice.family.api.Goal;
import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.record.ActionStatus;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.family.record.FamilyRecord.Closure;
import uk.joinedup.caseservice.family.record.FamilyRecord.Conference;
import uk.joinedup.caseservice.family.record.FamilyRecord.JoinRequest;
import uk.joinedup.caseservice.family.record.FamilyRecord.Lead;
import uk.joinedup.caseservice.family.record.FamilyRecord.Referral;
import uk.joinedup.caseservice.family.record.FamilyRecord.Review;
import uk.joinedup.caseservice.family.record.FamilyRecord.Transfer;

/**
 * A family as one viewer may see it.
 *
 * @param casework whether the viewer may see the casework (referrals, team, plan, reviews): true for
 *     the team around the family, team managers and the registering agency; when false those parts are
 *     empty
 * @param needsLeadProfessional an open case with no lead professional: flagged to managers
 * @param reviewOverdue the next review date has passed on an open case, by the day asked about ({@code asAt}, or
 *     today)
 * @param people names of everyone the chronology mentions, by person id
 * @param entries one page of the family and members' chronology, newest first, filtered
 * @param chronology which page {@code entries} is, and how many entries the filter matches
 * @param leadChanges every appointment and handover of the lead professional the viewer may see, newest
 *     first, whatever the filter and page
 * @param withheld how many entries the viewer may not see
 * @param withheldFrom those entries counted by agency, category and reason
 * @param agencies the agencies whose entries the viewer can see, for filtering
 * @param version the family's version, to send back with changes that must not overwrite
 * @param youMay what the viewer may change about who is involved, today
 * @param joinRequests requests to join the team awaiting a decision, oldest first: shown to those who
 *     decide them (the lead professional and team managers of the case), empty for anyone else
 * @param conferences the case conferences and panels held about the family, newest first: empty when the viewer
 *     may not see the casework
 * @param transfers every proposed transfer of the case to another agency, oldest first, with its decision: empty when
 *     the viewer may not see the casework
 * @param mayDecideTransfer the viewer may accept or decline the transfer awaiting a decision (a team manager of the
 *     receiving agency), today
 * @param disengagement the flag a disengagement rule raised on the open case and nobody has followed up, from the
 *     facts the viewer may see; null when there is none or the viewer may not see the casework
 * @param budget the family's budget, as at the date asked about: null when the viewer may not see the casework
 * @param cost what the facts the viewer may see of the members cost the public purse, next to the support given,
 *     in the financial years up to the date asked about: null when the viewer may not see the casework
 */
public record FamilyView(
        String familyId,
        String name,
        CaseStatus status,
        LocalDate openedOn,
        Closure closure,
        boolean casework,
        List<MemberView> members,
        List<Referral> referrals,
        List<TeamMember> team,
        Lead lead,
        boolean needsLeadProfessional,
        AssessmentView assessment,
        PlanView plan,
        List<Review> reviews,
        LocalDate nextReviewOn,
        boolean reviewOverdue,
        Map<String, String> people,
        List<ChronologyEntry> entries,
        ChronologyPage chronology,
        List<ChronologyEntry> leadChanges,
        int withheld,
        List<WithheldEntries> withheldFrom,
        List<AgencyOption> agencies,
        long version,
        LocalDate asAt,
        YouMay youMay,
        List<JoinRequest> joinRequests,
        List<Conference> conferences,
        List<Transfer> transfers,
        boolean mayDecideTransfer,
        DisengagementFlag disengagement,
        BudgetView budget,
        FamilyCostView cost) {

    /** A household member. */
    public record MemberView(
            String personId,
            String name,
            LocalDate dateOfBirth,
            Relationship relationship,
            LocalDate joinedOn,
            LocalDate leftOn) {}

    /** The latest assessment, with each domain's change since the one before. */
    public record AssessmentView(
            String assessmentId, LocalDate completedOn, String completedBy, List<NeedView> needs) {}

    /**
     * One assessed domain.
     *
     * @param previousScore the score at the assessment before, or null if this is the first
     * @param evidence what the score rests on: null when the viewer may not see information of the
     *     domain's category
     */
    public record NeedView(NeedDomain domain, int score, Integer previousScore, String evidence) {}

    /** The current support plan. */
    public record PlanView(
            String planId,
            LocalDate agreedOn,
            LocalDate nextReviewOn,
            String familyAgreedBy,
            LocalDate familyAgreedOn,
            List<Goal> goals,
            List<ActionView> actions) {}

    /** An action of the plan with its status on the day of the query. */
    public record ActionView(
            String actionId,
            String goalId,
            String description,
            AgencyId ownerAgency,
            String ownerName,
            LocalDate dueOn,
            ActionStatus status,
            LocalDate completedOn) {}
}
