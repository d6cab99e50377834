package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fact an agency records about a person. Persisted with its simple class name as {@code type}: the
 * names are schema. Every implementation is listed here and carries a {@link FactKind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(OffenceProven.class),
    @JsonSubTypes.Type(AntiSocialBehaviourReported.class),
    @JsonSubTypes.Type(AntiSocialBehaviourInterventionGiven.class),
    @JsonSubTypes.Type(SupervisionStarted.class),
    @JsonSubTypes.Type(SupervisionEnded.class),
    @JsonSubTypes.Type(ReleasedFromCustody.class),
    @JsonSubTypes.Type(RecalledToCustody.class),
    @JsonSubTypes.Type(OffenderCohortJoined.class),
    @JsonSubTypes.Type(BenefitClaimStarted.class),
    @JsonSubTypes.Type(BenefitClaimEnded.class),
    @JsonSubTypes.Type(EsaGroupChanged.class),
    @JsonSubTypes.Type(JobStarted.class),
    @JsonSubTypes.Type(JobEnded.class),
    @JsonSubTypes.Type(TrainingStarted.class),
    @JsonSubTypes.Type(AttachedToWorkProgramme.class),
    @JsonSubTypes.Type(AttachedToEsfProvision.class),
    @JsonSubTypes.Type(TreatmentStarted.class),
    @JsonSubTypes.Type(TreatmentExited.class),
    @JsonSubTypes.Type(ReturnedToTreatment.class),
    @JsonSubTypes.Type(ReferredToMentalHealthService.class),
    @JsonSubTypes.Type(AdmittedToHospitalForAlcohol.class),
    @JsonSubTypes.Type(PregnancyRecorded.class),
    @JsonSubTypes.Type(PregnancyEnded.class),
    @JsonSubTypes.Type(TenancyStarted.class),
    @JsonSubTypes.Type(RentArrearsRecorded.class),
    @JsonSubTypes.Type(EvictionNoticeServed.class),
    @JsonSubTypes.Type(HomelessnessApplicationMade.class),
    @JsonSubTypes.Type(HomelessnessPrevented.class),
    @JsonSubTypes.Type(FoundSleepingRough.class),
    @JsonSubTypes.Type(TermAttendanceRecorded.class),
    @JsonSubTypes.Type(ExcludedFromSchool.class),
    @JsonSubTypes.Type(LeftSchoolRoll.class),
    @JsonSubTypes.Type(RejoinedSchoolRoll.class),
    @JsonSubTypes.Type(PlacedInAlternativeProvision.class),
    @JsonSubTypes.Type(NeetStatusRecorded.class),
    @JsonSubTypes.Type(AttainmentRecorded.class),
    @JsonSubTypes.Type(DomesticAbuseIncidentReported.class),
    @JsonSubTypes.Type(ChildProtectionPlanStarted.class),
    @JsonSubTypes.Type(ChildProtectionPlanEnded.class),
    @JsonSubTypes.Type(BecameLookedAfter.class),
    @JsonSubTypes.Type(LeftCare.class),
    @JsonSubTypes.Type(ParentingProgrammeStarted.class),
    @JsonSubTypes.Type(ParentingProgrammeCompleted.class),
    @JsonSubTypes.Type(ParentRecorded.class),
    @JsonSubTypes.Type(ParentsSeparated.class),
    @JsonSubTypes.Type(CompactAgreed.class),
    @JsonSubTypes.Type(CompactReviewed.class),
    @JsonSubTypes.Type(CompactBreached.class),
    @JsonSubTypes.Type(HelpDeclined.class),
    @JsonSubTypes.Type(ContactUnanswered.class),
    @JsonSubTypes.Type(SanctionApplied.class),
    @JsonSubTypes.Type(CaseNoteWritten.class)
})
public interface AgencyFact {}
