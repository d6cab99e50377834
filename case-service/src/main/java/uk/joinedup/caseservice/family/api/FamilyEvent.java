package uk.joinedup.caseservice.family.api;

import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/** Everything that can happen to a family's record and case, in the past tense. */
public sealed interface FamilyEvent extends PersonalData
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

    @Override
    default DataSubject dataSubject() {
        return DataSubject.family(familyId().value());
    }
}
