package uk.joinedup.caseservice.family.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.family.api.AssessmentCompleted;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseConferenceHeld;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.CaseTransferAccepted;
import uk.joinedup.caseservice.family.api.CaseTransferDeclined;
import uk.joinedup.caseservice.family.api.CaseTransferProposed;
import uk.joinedup.caseservice.family.api.DisengagementFollowedUp;
import uk.joinedup.caseservice.family.api.FamilyAgreedToPlan;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.KeyworkerLeftTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointmentEnded;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanActionCompleted;
import uk.joinedup.caseservice.family.api.PlanActionsAdded;
import uk.joinedup.caseservice.family.api.ReferralAccepted;
import uk.joinedup.caseservice.family.api.ReferralDeclined;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.ReviewHeld;
import uk.joinedup.caseservice.family.api.SupportPlanAgreed;
import uk.joinedup.caseservice.family.api.TeamJoinDeclined;
import uk.joinedup.caseservice.family.api.TeamJoinRequested;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.record.FamilyRecord.Assessment;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.family.record.FamilyRecord.Closure;
import uk.joinedup.caseservice.family.record.FamilyRecord.Conference;
import uk.joinedup.caseservice.family.record.FamilyRecord.JoinRequest;
import uk.joinedup.caseservice.family.record.FamilyRecord.Lead;
import uk.joinedup.caseservice.family.record.FamilyRecord.Member;
import uk.joinedup.caseservice.family.record.FamilyRecord.Plan;
import uk.joinedup.caseservice.family.record.FamilyRecord.Referral;
import uk.joinedup.caseservice.family.record.FamilyRecord.ReferralStatus;
import uk.joinedup.caseservice.family.record.FamilyRecord.Review;
import uk.joinedup.caseservice.family.record.FamilyRecord.Transfer;
import uk.joinedup.caseservice.family.record.FamilyRecord.TransferStatus;

/**
 * How each family event changes a family's record, and the chronology entry it adds: a pure function,
 * shared by the projection and the "as at" view.
 */
final class FamilyRecordEvolver {

    private FamilyRecordEvolver() {}

    static FamilyRecord evolve(FamilyRecord record, FamilyEvent event, Recorded recorded, long version) {
        Draft draft = record == null ? new Draft(event.familyId().value()) : new Draft(record);
        Map<String, String> details = apply(draft, event, recorded);
        draft.entries.put(
                "e" + version,
                ChronologyEntry.of(
                        "e" + version,
                        event.getClass().getSimpleName(),
                        businessDate(event) != null ? businessDate(event) : recorded.on(),
                        personOf(event),
                        recorded.agency(),
                        InformationCategory.FAMILY,
                        details,
                        recorded));
        return draft.build(version);
    }

    /** Changes the draft and returns what the chronology entry says. */
    private static Map<String, String> apply(Draft draft, FamilyEvent event, Recorded recorded) {
        if (event instanceof FamilyRegistered registered) {
            draft.name = registered.name();
            draft.registeredBy = registered.registeredBy();
            return Map.of("name", registered.name());
        }
        if (event instanceof FamilyMemberJoined joined) {
            String personId = joined.personId().value();
            draft.members.put(personId, new Member(personId, joined.relationship(), joined.joinedOn(), null));
            return Map.of(
                    "personId", personId, "relationship", joined.relationship().name());
        }
        if (event instanceof FamilyMemberLeft left) {
            String personId = left.personId().value();
            Member member = draft.members.get(personId);
            draft.members.put(personId, new Member(personId, member.relationship(), member.joinedOn(), left.leftOn()));
            return Map.of("personId", personId, "reason", left.reason());
        }
        if (event instanceof ReferralReceived referral) {
            draft.referrals.put(
                    referral.referralId().value(),
                    new Referral(
                            referral.referralId().value(),
                            referral.reason(),
                            referral.riskFactors(),
                            referral.receivedOn(),
                            referral.referredBy(),
                            recorded.agencyName(),
                            ReferralStatus.RECEIVED,
                            null,
                            null));
            return Map.of(
                    "referralId",
                    referral.referralId().value(),
                    "reason",
                    referral.reason(),
                    "riskFactors",
                    referral.riskFactors().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (event instanceof ReferralAccepted accepted) {
            decide(draft, accepted.referralId().value(), ReferralStatus.ACCEPTED, accepted.acceptedOn(), null);
            return Map.of("referralId", accepted.referralId().value());
        }
        if (event instanceof ReferralDeclined declined) {
            decide(
                    draft,
                    declined.referralId().value(),
                    ReferralStatus.DECLINED,
                    declined.declinedOn(),
                    declined.reason());
            return Map.of("referralId", declined.referralId().value(), "reason", declined.reason());
        }
        if (event instanceof CaseOpened opened) {
            draft.status = CaseStatus.OPEN;
            draft.openedOn = opened.openedOn();
            return Map.of();
        }
        if (event instanceof CaseReopened reopened) {
            draft.status = CaseStatus.OPEN;
            draft.openedOn = reopened.reopenedOn();
            draft.closure = null;
            return Map.of("reason", reopened.reason());
        }
        if (event instanceof CaseClosed closed) {
            draft.status = CaseStatus.CLOSED;
            draft.closure = new Closure(
                    closed.reason(), closed.outcomeSummary(), closed.closedOn(), closed.openActionsOverridden());
            draft.nextReviewOn = null;
            // Closing ends the lead professional's appointment, also in histories from before that was an event.
            draft.lead = null;
            draft.transfers.replaceAll(transfer -> transfer.status() == TransferStatus.PROPOSED
                    ? transfer.decided(TransferStatus.WITHDRAWN, closed.closedOn(), null, null, null)
                    : transfer);
            return Map.of(
                    "reason", closed.reason().name(),
                    "outcomeSummary", closed.outcomeSummary(),
                    "openActionsOverridden", String.valueOf(closed.openActionsOverridden()));
        }
        if (event instanceof KeyworkerJoinedTeam joined) {
            draft.team.put(joined.member().userId(), joined.member());
            draft.joinRequests.remove(joined.member().userId());
            return member(joined.member());
        }
        if (event instanceof TeamJoinRequested requested) {
            TeamMember requester = requested.requester();
            draft.joinRequests.put(
                    requester.userId(), new JoinRequest(requester, requested.reason(), requested.requestedOn()));
            Map<String, String> details = new HashMap<>(member(requester));
            details.put("reason", requested.reason());
            return details;
        }
        if (event instanceof TeamJoinDeclined declined) {
            JoinRequest request = draft.joinRequests.remove(declined.userId());
            Map<String, String> details =
                    new HashMap<>(request != null ? member(request.requester()) : Map.of("userId", declined.userId()));
            details.put("reason", declined.reason());
            return details;
        }
        if (event instanceof KeyworkerLeftTeam left) {
            TeamMember member = draft.team.remove(left.userId());
            return member != null ? member(member) : Map.of("userId", left.userId());
        }
        if (event instanceof LeadProfessionalAppointed appointed) {
            draft.lead = new Lead(appointed.lead(), appointed.appointedOn());
            return member(appointed.lead());
        }
        if (event instanceof LeadProfessionalHandedOver handover) {
            draft.lead = new Lead(handover.to(), handover.handedOverOn());
            return Map.of(
                    "fromName", handover.from().name(),
                    "fromAgencyName", handover.from().agencyName(),
                    "toName", handover.to().name(),
                    "toAgencyName", handover.to().agencyName(),
                    "note", handover.note());
        }
        if (event instanceof LeadProfessionalAppointmentEnded ended) {
            draft.lead = null;
            return member(ended.lead());
        }
        if (event instanceof AssessmentCompleted assessment) {
            draft.assessments.add(new Assessment(
                    assessment.assessmentId().value(),
                    assessment.needs(),
                    assessment.completedOn(),
                    recorded.by(),
                    recorded.agency(),
                    recorded.agencyKind()));
            return assessment.needs().stream()
                    .collect(Collectors.toMap(need -> need.domain().name(), need -> String.valueOf(need.score())));
        }
        if (event instanceof SupportPlanAgreed agreed) {
            draft.plan = new Plan(
                    agreed.planId().value(),
                    agreed.goals(),
                    agreed.actions(),
                    Map.of(),
                    agreed.nextReviewOn(),
                    agreed.agreedOn(),
                    null,
                    null);
            draft.nextReviewOn = agreed.nextReviewOn();
            return Map.of(
                    "goals", String.valueOf(agreed.goals().size()),
                    "actions", String.valueOf(agreed.actions().size()),
                    "nextReviewOn", agreed.nextReviewOn().toString());
        }
        if (event instanceof FamilyAgreedToPlan agreement) {
            Plan plan = draft.plan;
            if (plan == null) {
                return Map.of("agreedBy", agreement.agreedBy());
            }
            draft.plan = plan.agreedBy(agreement.agreedBy(), agreement.agreedOn());
            return Map.of("agreedBy", agreement.agreedBy());
        }
        if (event instanceof PlanActionCompleted completed) {
            Plan plan = draft.plan;
            if (plan == null) {
                return Map.of("actionId", completed.actionId().value());
            }
            draft.plan = plan.completing(completed.actionId().value(), completed.completedOn());
            String description = plan.actions().stream()
                    .filter(action -> action.actionId().equals(completed.actionId()))
                    .map(action -> action.description())
                    .findFirst()
                    .orElse("");
            return Map.of("actionId", completed.actionId().value(), "description", description);
        }
        if (event instanceof ReviewHeld review) {
            draft.reviews.add(new Review(
                    review.reviewId().value(), review.heldOn(), review.notes(), review.nextReviewOn(), recorded.by()));
            draft.nextReviewOn = review.nextReviewOn();
            Map<String, String> details = new HashMap<>();
            details.put("notes", review.notes());
            if (review.nextReviewOn() != null) {
                details.put("nextReviewOn", review.nextReviewOn().toString());
            }
            return details;
        }
        if (event instanceof CaseConferenceHeld conference) {
            draft.conferences.add(new Conference(
                    conference.conferenceId().value(),
                    conference.kind(),
                    conference.heldOn(),
                    conference.attendees(),
                    conference.familyPresent(),
                    conference.decisions(),
                    conference.leadProfessionalAgreed(),
                    List.of(),
                    recorded.by()));
            Map<String, String> details = new HashMap<>();
            details.put("kind", conference.kind().name());
            details.put(
                    "agencies",
                    conference.attendees().stream()
                            .map(TeamMember::agencyName)
                            .distinct()
                            .collect(Collectors.joining(", ")));
            details.put("decisions", String.join("\n", conference.decisions()));
            if (conference.leadProfessionalAgreed() != null) {
                details.put(
                        "leadProfessionalAgreed",
                        conference.leadProfessionalAgreed().name());
            }
            return details;
        }
        if (event instanceof CaseTransferProposed proposed) {
            draft.transfers.add(new Transfer(
                    proposed.transferId().value(),
                    proposed.from(),
                    proposed.proposedLead(),
                    proposed.reason(),
                    proposed.proposedOn(),
                    recorded.by(),
                    TransferStatus.PROPOSED,
                    null,
                    null,
                    null,
                    null));
            return Map.of(
                    "fromName", proposed.from().name(),
                    "fromAgencyName", proposed.from().agencyName(),
                    "toName", proposed.proposedLead().name(),
                    "toAgencyName", proposed.proposedLead().agencyName(),
                    "reason", proposed.reason());
        }
        if (event instanceof CaseTransferAccepted accepted) {
            draft.decideTransfer(
                    accepted.transferId().value(),
                    TransferStatus.ACCEPTED,
                    accepted.acceptedOn(),
                    accepted.acceptedBy(),
                    null,
                    accepted.newLead());
            return Map.of(
                    "toName", accepted.newLead().name(),
                    "toAgencyName", accepted.newLead().agencyName(),
                    "acceptedBy", accepted.acceptedBy());
        }
        if (event instanceof CaseTransferDeclined declined) {
            draft.decideTransfer(
                    declined.transferId().value(),
                    TransferStatus.DECLINED,
                    declined.declinedOn(),
                    declined.declinedBy(),
                    declined.reason(),
                    null);
            return Map.of("reason", declined.reason(), "declinedBy", declined.declinedBy());
        }
        if (event instanceof DisengagementFollowedUp followUp) {
            return Map.of("note", followUp.note());
        }
        if (event instanceof PlanActionsAdded added) {
            Plan plan = draft.plan;
            if (plan != null) {
                draft.plan = plan.adding(added.actions());
            }
            String conferenceId =
                    added.conferenceId() == null ? null : added.conferenceId().value();
            for (int i = 0; i < draft.conferences.size(); i++) {
                Conference conference = draft.conferences.get(i);
                if (conference.conferenceId().equals(conferenceId)) {
                    List<PlanAction> arising = new ArrayList<>(conference.actions());
                    arising.addAll(added.actions());
                    draft.conferences.set(
                            i,
                            new Conference(
                                    conference.conferenceId(),
                                    conference.kind(),
                                    conference.heldOn(),
                                    conference.attendees(),
                                    conference.familyPresent(),
                                    conference.decisions(),
                                    conference.leadProfessionalAgreed(),
                                    arising,
                                    conference.recordedBy()));
                }
            }
            return Map.of(
                    "actions",
                    added.actions().stream().map(PlanAction::description).collect(Collectors.joining("\n")));
        }
        throw new IllegalArgumentException(
                "Unknown family event " + event.getClass().getSimpleName());
    }

    private static void decide(Draft draft, String referralId, ReferralStatus status, LocalDate on, String reason) {
        Referral referral = draft.referrals.get(referralId);
        if (referral == null) {
            return;
        }
        draft.referrals.put(
                referralId,
                new Referral(
                        referral.referralId(),
                        referral.reason(),
                        referral.riskFactors(),
                        referral.receivedOn(),
                        referral.referredBy(),
                        referral.referredByName(),
                        status,
                        on,
                        reason));
    }

    private static Map<String, String> member(TeamMember member) {
        return Map.of("userId", member.userId(), "name", member.name(), "agencyName", member.agencyName());
    }

    private static String personOf(FamilyEvent event) {
        if (event instanceof FamilyMemberJoined joined) {
            return joined.personId().value();
        }
        if (event instanceof FamilyMemberLeft left) {
            return left.personId().value();
        }
        return null;
    }

    /** When an event happened: the date it names; null for registration, which always applies. */
    static LocalDate businessDate(FamilyEvent event) {
        if (event instanceof FamilyMemberJoined e) {
            return e.joinedOn();
        } else if (event instanceof FamilyMemberLeft e) {
            return e.leftOn();
        } else if (event instanceof ReferralReceived e) {
            return e.receivedOn();
        } else if (event instanceof ReferralAccepted e) {
            return e.acceptedOn();
        } else if (event instanceof ReferralDeclined e) {
            return e.declinedOn();
        } else if (event instanceof CaseOpened e) {
            return e.openedOn();
        } else if (event instanceof CaseReopened e) {
            return e.reopenedOn();
        } else if (event instanceof CaseClosed e) {
            return e.closedOn();
        } else if (event instanceof KeyworkerJoinedTeam e) {
            return e.joinedOn();
        } else if (event instanceof KeyworkerLeftTeam e) {
            return e.leftOn();
        } else if (event instanceof TeamJoinRequested e) {
            return e.requestedOn();
        } else if (event instanceof TeamJoinDeclined e) {
            return e.declinedOn();
        } else if (event instanceof LeadProfessionalAppointed e) {
            return e.appointedOn();
        } else if (event instanceof LeadProfessionalHandedOver e) {
            return e.handedOverOn();
        } else if (event instanceof LeadProfessionalAppointmentEnded e) {
            return e.endedOn();
        } else if (event instanceof AssessmentCompleted e) {
            return e.completedOn();
        } else if (event instanceof SupportPlanAgreed e) {
            return e.agreedOn();
        } else if (event instanceof FamilyAgreedToPlan e) {
            return e.agreedOn();
        } else if (event instanceof PlanActionCompleted e) {
            return e.completedOn();
        } else if (event instanceof ReviewHeld e) {
            return e.heldOn();
        } else if (event instanceof CaseConferenceHeld e) {
            return e.heldOn();
        } else if (event instanceof PlanActionsAdded e) {
            return e.addedOn();
        } else if (event instanceof DisengagementFollowedUp e) {
            return e.followedUpOn();
        } else if (event instanceof CaseTransferProposed e) {
            return e.proposedOn();
        } else if (event instanceof CaseTransferAccepted e) {
            return e.acceptedOn();
        } else if (event instanceof CaseTransferDeclined e) {
            return e.declinedOn();
        }
        return null;
    }

    /** A family record being changed. */
    private static final class Draft {
        private final String familyId;
        private String name;
        private AgencyId registeredBy;
        private final Map<String, Member> members;
        private final Map<String, Referral> referrals;
        private CaseStatus status;
        private LocalDate openedOn;
        private Closure closure;
        private final Map<String, TeamMember> team;
        private Lead lead;
        private final List<Assessment> assessments;
        private Plan plan;
        private final List<Review> reviews;
        private LocalDate nextReviewOn;
        private final Map<String, ChronologyEntry> entries;
        private final Map<String, JoinRequest> joinRequests;
        private final List<Conference> conferences;
        private final List<Transfer> transfers;

        Draft(String familyId) {
            this.familyId = familyId;
            this.members = new LinkedHashMap<>();
            this.referrals = new LinkedHashMap<>();
            this.status = CaseStatus.NOT_OPEN;
            this.team = new LinkedHashMap<>();
            this.assessments = new ArrayList<>();
            this.reviews = new ArrayList<>();
            this.entries = new HashMap<>();
            this.joinRequests = new LinkedHashMap<>();
            this.conferences = new ArrayList<>();
            this.transfers = new ArrayList<>();
        }

        Draft(FamilyRecord record) {
            this.familyId = record.familyId();
            this.name = record.name();
            this.registeredBy = record.registeredBy();
            this.members = new LinkedHashMap<>(record.members());
            this.referrals = new LinkedHashMap<>(record.referrals());
            this.status = record.status();
            this.openedOn = record.openedOn();
            this.closure = record.closure();
            this.team = new LinkedHashMap<>(record.team());
            this.lead = record.lead();
            this.assessments = new ArrayList<>(record.assessments());
            this.plan = record.plan();
            this.reviews = new ArrayList<>(record.reviews());
            this.nextReviewOn = record.nextReviewOn();
            this.entries = new HashMap<>(record.entries());
            this.joinRequests = new LinkedHashMap<>(record.joinRequests());
            this.conferences = new ArrayList<>(record.conferences());
            this.transfers = new ArrayList<>(record.transfers());
        }

        void decideTransfer(
                String transferId, TransferStatus status, LocalDate on, String by, String why, TeamMember lead) {
            transfers.replaceAll(transfer ->
                    transfer.transferId().equals(transferId) ? transfer.decided(status, on, by, why, lead) : transfer);
        }

        FamilyRecord build(long version) {
            return new FamilyRecord(
                    familyId,
                    name,
                    registeredBy,
                    members,
                    referrals,
                    status,
                    openedOn,
                    closure,
                    team,
                    lead,
                    assessments,
                    plan,
                    reviews,
                    nextReviewOn,
                    entries,
                    version,
                    joinRequests,
                    conferences,
                    transfers);
        }
    }
}
