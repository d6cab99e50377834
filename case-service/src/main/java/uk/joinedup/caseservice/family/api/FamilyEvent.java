package uk.joinedup.caseservice.family.api;

/** Everything that can happen to a family's record and case, in the past tense. */
public sealed interface FamilyEvent
        permits FamilyRegistered,
                FamilyMemberJoined,
                FamilyMemberLeft,
                ReferralReceived,
                ReferralAccepted,
                ReferralDeclined,
                CaseOpened,
                KeyworkerJoinedTeam,
                KeyworkerLeftTeam,
                TeamJoinRequested,
                TeamJoinDeclined,
                LeadProfessionalAppointed,
                LeadProfessionalHandedOver,
                LeadProfessionalAppointmentEnded,
                AssessmentCompleted,
                SupportPlanAgreed,
                FamilyAgreedToPlan,
                PlanActionCompleted,
                ReviewHeld,
                CaseConferenceHeld,
                PlanActionsAdded,
                CaseTransferProposed,
                CaseTransferAccepted,
                CaseTransferDeclined,
                DisengagementFollowedUp,
                CaseClosed,
                CaseReopened {

    FamilyId familyId();
}
