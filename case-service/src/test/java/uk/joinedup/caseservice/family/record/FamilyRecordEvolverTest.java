package uk.joinedup.caseservice.family.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.family.FamilyFixtures.CLUB;
import static uk.joinedup.caseservice.family.FamilyFixtures.PLAN;
import static uk.joinedup.caseservice.family.FamilyFixtures.ROUTINE;
import static uk.joinedup.caseservice.family.FamilyFixtures.SCHOOL;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.actions;
import static uk.joinedup.caseservice.family.FamilyFixtures.ledCase;
import static uk.joinedup.caseservice.family.FamilyFixtures.member;
import static uk.joinedup.caseservice.family.FamilyFixtures.needs;
import static uk.joinedup.caseservice.family.FamilyFixtures.planned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.family.api.AssessmentCompleted;
import uk.joinedup.caseservice.family.api.AssessmentId;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseConferenceHeld;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.CaseTransferAccepted;
import uk.joinedup.caseservice.family.api.CaseTransferDeclined;
import uk.joinedup.caseservice.family.api.CaseTransferProposed;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.api.ConferenceId;
import uk.joinedup.caseservice.family.api.ConferenceKind;
import uk.joinedup.caseservice.family.api.FamilyAgreedToPlan;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointmentEnded;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanActionCompleted;
import uk.joinedup.caseservice.family.api.PlanActionsAdded;
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.api.TeamJoinDeclined;
import uk.joinedup.caseservice.family.api.TeamJoinRequested;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.api.TransferId;
import uk.joinedup.caseservice.family.record.FamilyRecord.JoinRequest;
import uk.joinedup.caseservice.family.record.FamilyRecord.TransferStatus;
import uk.joinedup.caseservice.infrastructure.axon.GoldenEvents;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;
import uk.joinedup.caseservice.sharing.WorkingRelationshipKind;

class FamilyRecordEvolverTest {

    /**
     * No family event may vanish from the record: folded in order, every permitted event (read from its
     * golden sample) adds its chronology entry, dated by the business date it names.
     */
    @Test
    void everyFamilyEventAddsItsEntryToTheChronology() {
        FamilyRecord record = null;
        long version = 0;
        for (FamilyEvent event : GoldenEvents.every(FamilyEvent.class)) {
            String kind = event.getClass().getSimpleName();
            record = FamilyRecordEvolver.evolve(record, event, BY_SAM, version);

            assertThat(record.version()).as(kind).isEqualTo(version);
            assertThat(record.entries().get("e" + version)).as(kind).isNotNull().satisfies(entry -> assertThat(
                            entry.kind())
                    .isEqualTo(kind));
            if (!(event instanceof FamilyRegistered)) {
                assertThat(FamilyRecordEvolver.businessDate(event)).as(kind).isNotNull();
            }
            version++;
        }
        assertThat(version).isEqualTo(FamilyEvent.class.getPermittedSubclasses().length);
    }

    private static final Recorded BY_SAM = new Recorded(
            "Sam Patel",
            new AgencyId("southampton-early-help"),
            "Early Help",
            AgencyKind.EARLY_HELP,
            Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void aHandoverMakesTheNewPractitionerLeadAndSaysWhoFromInTheChronology() {
        FamilyRecord record = apply(planned());
        record = FamilyRecordEvolver.evolve(
                record,
                new LeadProfessionalHandedOver(
                        WALKERS,
                        member(earlyHelpKeyworker()),
                        member(jobcentreAdviser()),
                        "Work is the need now",
                        TODAY),
                BY_SAM,
                record.version() + 1);

        assertThat(record.lead().member().userId()).isEqualTo("dee.walsh");
        assertThat(record.lead().since()).isEqualTo(TODAY);
        assertThat(record.entries().values())
                .filteredOn(entry -> entry.kind().equals("LeadProfessionalHandedOver"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .containsEntry("fromName", "Sam Patel")
                        .containsEntry("toName", "Dee Walsh")
                        .containsEntry("note", "Work is the need now"));
    }

    @Test
    void completingAnActionRecordsItsDateAndLeavesTheOthersOpen() {
        FamilyRecord record = apply(planned());
        record = FamilyRecordEvolver.evolve(
                record, new PlanActionCompleted(WALKERS, ROUTINE, TODAY), BY_SAM, record.version() + 1);

        assertThat(record.plan().completedActions())
                .containsEntry(ROUTINE.value(), TODAY)
                .doesNotContainKey(CLUB.value());
    }

    @Test
    void aConferenceIsKeptWithItsActionsArisingWhichJoinThePlan() {
        PlanAction visit = new PlanAction(
                new ActionId("action-visit"),
                SCHOOL,
                "Home visit",
                earlyHelpKeyworker().agency(),
                null,
                TODAY.plusDays(7));
        ConferenceId conference = new ConferenceId("conference-1");
        List<Object> events = new ArrayList<>(planned());
        events.add(new CaseConferenceHeld(
                WALKERS,
                conference,
                ConferenceKind.PANEL,
                TODAY,
                List.of(member(earlyHelpKeyworker()), member(jobcentreAdviser())),
                "Karen Walker",
                List.of("Keep the case open", "Sam stays lead"),
                member(earlyHelpKeyworker())));
        events.add(new PlanActionsAdded(WALKERS, PLAN, List.of(visit), TODAY, conference));

        FamilyRecord record = apply(events);

        assertThat(record.plan().actions()).endsWith(visit).hasSize(actions().size() + 1);
        assertThat(record.conferences()).singleElement().satisfies(held -> {
            assertThat(held.kind()).isEqualTo(ConferenceKind.PANEL);
            assertThat(held.actions()).containsExactly(visit);
            assertThat(held.decisions()).containsExactly("Keep the case open", "Sam stays lead");
            assertThat(held.leadProfessionalAgreed()).isEqualTo(member(earlyHelpKeyworker()));
            assertThat(held.recordedBy()).isEqualTo(BY_SAM.by());
        });
        ChronologyEntry entry = record.entries().get("e" + (events.size() - 2));
        assertThat(entry.kind()).isEqualTo("CaseConferenceHeld");
        assertThat(entry.details())
                .containsEntry("kind", "PANEL")
                .containsEntry(
                        "agencies",
                        member(earlyHelpKeyworker()).agencyName() + ", "
                                + member(jobcentreAdviser()).agencyName())
                .containsEntry("decisions", "Keep the case open\nSam stays lead");
        assertThat(record.entries().get("e" + (events.size() - 1)).details()).containsEntry("actions", "Home visit");
        assertThat(record.forOutcomes().conferences()).isEmpty();
    }

    @Test
    void aTransferAwaitingADecisionShowsTheReceivingAgencysManagersTheCaseworkUntilItIsDecided() {
        TeamMember ray = member(policeOfficer());
        TransferId transfer = new TransferId("transfer-1");
        List<Object> events = new ArrayList<>(ledCase());
        events.add(new CaseTransferProposed(
                WALKERS, transfer, member(earlyHelpKeyworker()), ray, "Offending", TODAY.minusDays(1)));
        FamilyRecord proposed = apply(events);
        Viewer receivingManager = Viewer.of(policeManager(), Instant.parse("2026-11-23T12:00:00Z"));

        assertThat(proposed.pendingTransfer().proposedLead()).isEqualTo(ray);
        assertThat(proposed.pendingTransfer().proposedBy()).isEqualTo(BY_SAM.by());
        assertThat(proposed.relationshipOf(receivingManager).kind())
                .as("sees the casework, to decide on it")
                .isEqualTo(WorkingRelationshipKind.CASE_MANAGER);
        assertThat(proposed.managedBy(receivingManager))
                .as("but changes nothing else of the case before accepting it")
                .isFalse();
        assertThat(proposed.standingOf(receivingManager)).isEqualTo(Standing.NONE);
        assertThat(proposed.forOutcomes().relationshipOf(receivingManager))
                .as("nor measures it")
                .isEqualTo(WorkingRelationship.NONE);
        assertThat(proposed.relationshipOf(Viewer.of(policeOfficer(), Instant.parse("2026-11-23T12:00:00Z"))))
                .as("the proposed lead works with the family once the transfer is accepted")
                .isEqualTo(WorkingRelationship.NONE);

        events.add(new CaseTransferDeclined(WALKERS, transfer, "No offending since June", "Pat Kaur", TODAY));
        FamilyRecord declined = apply(events);
        assertThat(declined.pendingTransfer()).isNull();
        assertThat(declined.transfers()).singleElement().satisfies(decided -> {
            assertThat(decided.status()).isEqualTo(TransferStatus.DECLINED);
            assertThat(decided.declineReason()).isEqualTo("No offending since June");
            assertThat(decided.decidedBy()).isEqualTo("Pat Kaur");
            assertThat(decided.decidedOn()).isEqualTo(TODAY);
        });
        assertThat(declined.relationshipOf(receivingManager)).isEqualTo(WorkingRelationship.NONE);

        events.add(new CaseTransferProposed(
                WALKERS, new TransferId("transfer-2"), member(earlyHelpKeyworker()), ray, "Again", TODAY));
        events.add(new CaseTransferAccepted(WALKERS, new TransferId("transfer-2"), ray, "Pat Kaur", TODAY));
        FamilyRecord accepted = apply(events);
        assertThat(accepted.transfers().get(1).status()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(accepted.transfers().get(1).newLead()).isEqualTo(ray);

        events.add(new CaseTransferProposed(
                WALKERS, new TransferId("transfer-3"), member(earlyHelpKeyworker()), ray, "Third", TODAY));
        events.add(new CaseClosed(WALKERS, ClosureReason.OTHER, "Moved away", TODAY, false));
        assertThat(apply(events).transfers().get(2).status()).isEqualTo(TransferStatus.WITHDRAWN);
    }

    @Test
    void everyEventAddsOneChronologyEntryKeyedByItsVersion() {
        List<Object> events = planned();
        FamilyRecord record = apply(events);
        assertThat(record.entries()).hasSize(events.size());
        assertThat(record.version()).isEqualTo(events.size() - 1);
    }

    @Test
    void anAsAtHistoryWithoutThePlanStillAppliesAnAgreementDatedEarlier() {
        FamilyRecord record = apply(List.of(
                new FamilyRegistered(WALKERS, "Walker family", new AgencyId("southampton-early-help")),
                new CaseOpened(WALKERS, TODAY),
                new FamilyAgreedToPlan(WALKERS, new PlanId("plan-1"), "Stephen", TODAY)));

        assertThat(record.plan()).isNull();
        assertThat(record.entries()).hasSize(3);
    }

    @Test
    void registrationHasNoBusinessDateSoItAlwaysApplies() {
        assertThat(FamilyRecordEvolver.businessDate(
                        new FamilyRegistered(WALKERS, "Walker family", new AgencyId("southampton-early-help"))))
                .isNull();
        assertThat(FamilyRecordEvolver.businessDate(new CaseOpened(WALKERS, TODAY)))
                .isEqualTo(TODAY);
    }

    @Test
    void forOutcomesRelatesEveryViewerToEveryMemberAsTheWholeRecordDoesWithoutItsCaseContent() {
        List<Object> events = planned();
        events.add(new AssessmentCompleted(WALKERS, new AssessmentId("assessment-2"), needs(1), TODAY.minusDays(2)));
        FamilyRecord whole = apply(events);
        FamilyRecord involved = whole.forOutcomes();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(whole.entries()).isNotEmpty();
        assertThat(whole.plan()).isNotNull();
        assertThat(involved.entries()).isEmpty();
        assertThat(whole.plan().actions()).isNotEmpty();
        assertThat(involved.plan().actions()).isEmpty();
        assertThat(involved.plan().goals()).isEmpty();
        assertThat(involved.plan().agreedOn())
                .isEqualTo(whole.plan().agreedOn())
                .isNotNull();
        assertThat(whole.assessments()).hasSize(2);
        assertThat(involved.assessments()).hasSize(1);
        assertThat(involved.firstAssessedOn())
                .isEqualTo(whole.firstAssessedOn())
                .isEqualTo(TODAY.minusDays(15));
        assertThat(involved.lead()).isEqualTo(whole.lead()).isNotNull();
        assertThat(involved.openedOn()).isEqualTo(whole.openedOn()).isNotNull();
        assertThat(involved.version()).isEqualTo(whole.version());
        assertThat(involved.members()).isEqualTo(whole.members()).isNotEmpty();
        for (Viewer viewer : List.of(
                Viewer.of(earlyHelpKeyworker(), now),
                Viewer.of(earlyHelpManager(), now),
                Viewer.of(jobcentreAdviser(), now),
                Viewer.of(policeManager(), now),
                Viewer.of(policeOfficer(), now))) {
            assertThat(involved.relationshipOf(viewer)).isEqualTo(whole.relationshipOf(viewer));
            for (String personId : whole.members().keySet()) {
                assertThat(involved.relationshipTo(personId, viewer)).isEqualTo(whole.relationshipTo(personId, viewer));
            }
        }
    }

    @Test
    void closingEndsTheLeadsAppointmentAlsoInAHistoryFromBeforeThatWasAnEvent() {
        List<Object> events = ledCase();
        events.add(new CaseClosed(WALKERS, ClosureReason.OUTCOMES_ACHIEVED, "Done", TODAY, false));
        assertThat(apply(events).lead())
                .as("closed before the appointment's end was an event")
                .isNull();

        events.add(new LeadProfessionalAppointmentEnded(WALKERS, member(earlyHelpKeyworker()), TODAY));
        events.add(new CaseReopened(WALKERS, "Liam excluded again", TODAY));
        FamilyRecord reopened = apply(events);
        assertThat(reopened.lead()).isNull();
        assertThat(reopened.needsLeadProfessional()).isTrue();
        assertThat(reopened.entries().values())
                .filteredOn(entry -> entry.kind().equals("LeadProfessionalAppointmentEnded"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.occurredOn()).isEqualTo(TODAY);
                    assertThat(entry.details())
                            .containsEntry("name", member(earlyHelpKeyworker()).name());
                });
    }

    private static FamilyRecord apply(List<Object> events) {
        FamilyRecord record = null;
        long version = 0;
        for (Object event : events) {
            record = FamilyRecordEvolver.evolve(record, (FamilyEvent) event, BY_SAM, version++);
        }
        return record;
    }

    @Test
    void aRequestToJoinWaitsUntilTheRequesterJoins() {
        FamilyRecord record = apply(planned());
        TeamMember ray = member(policeOfficer());
        record = FamilyRecordEvolver.evolve(
                record,
                new TeamJoinRequested(WALKERS, ray, "I attended the incident", TODAY.minusDays(1)),
                BY_RAY,
                record.version() + 1);

        assertThat(record.joinRequests())
                .containsEntry(ray.userId(), new JoinRequest(ray, "I attended the incident", TODAY.minusDays(1)));
        assertThat(record.team()).doesNotContainKey(ray.userId());
        assertThat(record.entries().values())
                .filteredOn(entry -> entry.kind().equals("TeamJoinRequested"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .containsEntry("name", "Ray Hughes")
                        .containsEntry("reason", "I attended the incident"));

        record = FamilyRecordEvolver.evolve(
                record, new KeyworkerJoinedTeam(WALKERS, ray, TODAY), BY_SAM, record.version() + 1);
        assertThat(record.joinRequests()).isEmpty();
        assertThat(record.team()).containsKey(ray.userId());
    }

    @Test
    void aDeclinedRequestNoLongerWaitsAndTheChronologySaysWhy() {
        FamilyRecord record = apply(planned());
        TeamMember ray = member(policeOfficer());
        record = FamilyRecordEvolver.evolve(
                record, new TeamJoinRequested(WALKERS, ray, "Please", TODAY), BY_RAY, record.version() + 1);
        record = FamilyRecordEvolver.evolve(
                record,
                new TeamJoinDeclined(WALKERS, ray.userId(), "The team has a police contact", TODAY),
                BY_SAM,
                record.version() + 1);

        assertThat(record.joinRequests()).isEmpty();
        assertThat(record.team()).doesNotContainKey(ray.userId());
        assertThat(record.entries().values())
                .filteredOn(entry -> entry.kind().equals("TeamJoinDeclined"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .containsEntry("name", "Ray Hughes")
                        .containsEntry("reason", "The team has a police contact"));
    }

    @Test
    void theStandingOfATeamManagerOrTheRegisteringAgencyIsReadFromTheRecord() {
        FamilyRecord record = apply(planned());
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(record.standingOf(Viewer.of(earlyHelpManager(), now))).isEqualTo(Standing.CASE_MANAGER);
        assertThat(record.managedBy(Viewer.of(earlyHelpManager(), now))).isTrue();
        assertThat(record.standingOf(Viewer.of(earlyHelpKeyworker(), now)))
                .as("the lead is a keyworker of the registering agency: the aggregate knows the lead itself")
                .isEqualTo(Standing.REGISTERING_AGENCY);
        assertThat(record.standingOf(Viewer.of(policeManager(), now)))
                .as("a manager of an agency not involved")
                .isEqualTo(Standing.NONE);
        assertThat(record.standingOf(Viewer.of(jobcentreAdviser(), now))).isEqualTo(Standing.NONE);
        assertThat(record.ledBy(earlyHelpKeyworker().userId())).isTrue();
        assertThat(record.ledBy(jobcentreAdviser().userId())).isFalse();
    }

    private static final Recorded BY_RAY = new Recorded(
            "Ray Hughes",
            new AgencyId("hampshire-police"),
            "Hampshire and Isle of Wight Constabulary",
            AgencyKind.POLICE,
            Instant.parse("2026-11-22T10:00:00Z"));
}
