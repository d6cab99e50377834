package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * A practitioner's caseload.
 *
 * @param families the families whose team they are on, those needing attention first
 * @param people the people they registered
 * @param joinRequests requests to join the teams of the families they lead, oldest first
 */
public record CaseloadView(
        List<CaseSummary> families, List<PersonSummary> people, List<JoinRequestSummary> joinRequests) {

    public CaseloadView {
        families = families == null ? List.of() : families;
        people = people == null ? List.of() : people;
        joinRequests = joinRequests == null ? List.of() : joinRequests;
    }

    /** A practitioner asking to join the team around a family the user leads. */
    public record JoinRequestSummary(
            String familyId,
            String familyName,
            String userId,
            String name,
            String agencyName,
            String reason,
            LocalDate requestedOn) {}

    /**
     * One family's case at a glance.
     *
     * @param youAreLead whether the signed-in user is the lead professional
     * @param leadName the lead professional's name, or null
     * @param needsLeadProfessional an open case with nobody leading it
     * @param overdueActions plan actions past their due date
     * @param reviewOverdue the next review date has passed
     */
    public record CaseSummary(
            String familyId,
            String name,
            CaseStatus status,
            boolean youAreLead,
            String leadName,
            boolean needsLeadProfessional,
            int overdueActions,
            int openActions,
            LocalDate nextReviewOn,
            boolean reviewOverdue) {

        public boolean needsAttention() {
            return overdueActions > 0 || reviewOverdue || needsLeadProfessional;
        }
    }

    /** A person at a glance. */
    public record PersonSummary(String personId, String name, LocalDate dateOfBirth) {}
}
