package uk.joinedup.caseservice.views.caseload;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * One page of a keyworker's caseload, {@value Page#SIZE} families a page.
 *
 * @param items this page of the families whose team they are on: what needs attention first
 * @param page this page's number, from 1
 * @param totalResults how many families they work with
 * @param totalPages how many pages those take, at least 1
 * @param joinRequests requests to join the teams of the families they lead, awaiting their decision,
 *     oldest first
 * @param expiringConsents consents of the members of the families they lead that end within 30 days,
 *     soonest first: to renew with the person
 * @param followUpsDue the open cases they lead, or that nobody leads, which a disengagement rule flags until
 *     someone records a follow-up: the longest waiting first
 */
public record CaseloadView(
        List<CaseSummary> items,
        int page,
        long totalResults,
        int totalPages,
        List<JoinRequestSummary> joinRequests,
        List<ExpiringConsent> expiringConsents,
        List<FollowUpDue> followUpsDue) {

    /**
     * One family's case at a glance.
     *
     * @param youAreLead whether the viewer is the lead professional
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

        boolean needsAttention() {
            return overdueActions > 0 || reviewOverdue || needsLeadProfessional;
        }
    }

    /** A practitioner asking to join the team around a family the viewer leads. */
    public record JoinRequestSummary(
            String familyId,
            String familyName,
            String userId,
            String name,
            String agencyName,
            String reason,
            LocalDate requestedOn) {}

    /**
     * A consent ending soon.
     *
     * @param summary what it lets which agencies see, in plain English
     * @param daysLeft how many days it still covers after today: 0 when today is its last day
     */
    public record ExpiringConsent(
            String familyId,
            String familyName,
            String personId,
            String personName,
            String consentId,
            String summary,
            LocalDate validUntil,
            long daysLeft) {}

    /**
     * A case to follow up: the family has stopped engaging by a rule, and nobody has followed it up since.
     *
     * @param youAreLead whether the viewer leads the case; if not, nobody does
     * @param rule the rule in words
     * @param facts how many facts of the rule's kind fell within its days
     * @param from the first of them
     * @param to the last of them
     */
    public record FollowUpDue(
            String familyId,
            String familyName,
            boolean youAreLead,
            String rule,
            int facts,
            LocalDate from,
            LocalDate to) {}
}
