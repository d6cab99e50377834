package uk.joinedup.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.AgencyKind;
import uk.joinedup.webui.caseservice.CaseStatus;
import uk.joinedup.webui.caseservice.ClosureReason;
import uk.joinedup.webui.caseservice.ConferenceKind;
import uk.joinedup.webui.caseservice.ConsentEvidence;
import uk.joinedup.webui.caseservice.ConsentGiver;
import uk.joinedup.webui.caseservice.ConsentStatus;
import uk.joinedup.webui.caseservice.CostUnit;
import uk.joinedup.webui.caseservice.FundingSource;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.LawfulBasis;
import uk.joinedup.webui.caseservice.NeedDomain;
import uk.joinedup.webui.caseservice.OverrideReason;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.caseservice.Relationship;
import uk.joinedup.webui.caseservice.RiskFactor;
import uk.joinedup.webui.caseservice.SexOrGender;
import uk.joinedup.webui.caseservice.TransferStatus;
import uk.joinedup.webui.caseservice.WithheldReason;
import uk.joinedup.webui.govuk.BundleLabels;

/** Every value case-service sends that pages put into words has its words in the bundle. */
class MessagesTest {

    @Test
    void everyValueOfTheFamilyAndPersonApiHasALabel() {
        List<String> missing = new ArrayList<>();
        check(missing, "enum.SexOrGender.", SexOrGender.values());
        check(missing, "enum.Relationship.", Relationship.values());
        check(missing, "enum.RiskFactor.", RiskFactor.values());
        check(missing, "enum.NeedDomain.", NeedDomain.values());
        check(missing, "enum.ClosureReason.", ClosureReason.values());
        check(missing, "category.", InformationCategory.values());
        check(missing, "caseStatus.", CaseStatus.values());
        check(missing, "assessment.domain.", NeedDomain.values(), ".hint");
        check(missing, "enum.FundingSource.", FundingSource.values());
        check(missing, "enum.ConferenceKind.", ConferenceKind.values());
        check(missing, "enum.ConferenceKind.", ConferenceKind.values(), ".hint");
        check(missing, "transfer.status.", TransferStatus.values());
        check(missing, "transfer.decided.", new Enum<?>[] {
            TransferStatus.ACCEPTED, TransferStatus.DECLINED, TransferStatus.WITHDRAWN
        });
        check(missing, "cost.line.", CostUnit.values());
        check(missing, "cost.unit.", CostUnit.values());
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyCaseworkEventHasAName() {
        List<String> missing = new ArrayList<>();
        for (String kind : List.of(
                "PersonRegistered",
                "PersonDetailsCorrected",
                "DeathRecorded",
                "FamilyRegistered",
                "FamilyMemberJoined",
                "FamilyMemberLeft",
                "ReferralReceived",
                "ReferralAccepted",
                "ReferralDeclined",
                "CaseOpened",
                "CaseReopened",
                "CaseClosed",
                "KeyworkerJoinedTeam",
                "KeyworkerLeftTeam",
                "TeamJoinRequested",
                "TeamJoinDeclined",
                "LeadProfessionalAppointed",
                "LeadProfessionalHandedOver",
                "LeadProfessionalAppointmentEnded",
                "AssessmentCompleted",
                "SupportPlanAgreed",
                "FamilyAgreedToPlan",
                "PlanActionCompleted",
                "ReviewHeld",
                "CaseConferenceHeld",
                "PlanActionsAdded",
                "CaseTransferProposed",
                "CaseTransferAccepted",
                "CaseTransferDeclined",
                "DisengagementFollowedUp")) {
            if (!present("kind." + kind)) {
                missing.add("kind." + kind);
            }
        }
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyValueOfTheSharingApiHasALabel() {
        List<String> missing = new ArrayList<>();
        check(missing, "enum.ConsentStatus.", ConsentStatus.values());
        check(missing, "enum.ConsentGiver.", ConsentGiver.values());
        check(missing, "enum.ConsentEvidence.", ConsentEvidence.values());
        check(missing, "enum.Purpose.", Purpose.values());
        check(missing, "enum.OverrideReason.", OverrideReason.values());
        check(missing, "enum.LawfulBasis.", LawfulBasis.values());
        check(missing, "enum.AgencyKind.", AgencyKind.values(), ".party");
        check(missing, "withheld.category.", InformationCategory.values());
        for (WithheldReason reason : WithheldReason.values()) {
            switch (reason) {
                case NO_CONSENT, NO_EXPLICIT_CONSENT -> check(missing, "withheld.reason.", new Enum<?>[] {reason});
                case NO_RELATIONSHIP, BEFORE_THEY_JOINED -> {
                    check(missing, "withheld.reason.", new Enum<?>[] {reason}, ".person");
                    check(missing, "withheld.reason.", new Enum<?>[] {reason}, ".family");
                }
                case ROLE_SHOWS_NO_CASE_CONTENT -> {
                    if (!present("withheld.role")) {
                        missing.add("withheld.role");
                    }
                }
            }
        }
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    private static void check(List<String> missing, String prefix, Enum<?>[] values) {
        check(missing, prefix, values, "");
    }

    private static void check(List<String> missing, String prefix, Enum<?>[] values, String suffix) {
        for (Enum<?> value : values) {
            if (!present(prefix + value.name() + suffix)) {
                missing.add(prefix + value.name() + suffix);
            }
        }
    }

    private static boolean present(String code) {
        return BundleLabels.messages().getMessage(code, null, null, Locale.UK) != null;
    }
}
