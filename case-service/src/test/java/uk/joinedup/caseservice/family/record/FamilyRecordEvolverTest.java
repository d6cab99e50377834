package uk.joinedup.caseservice.family.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.family.FamilyFixtures.CLUB;
import static uk.joinedup.caseservice.family.FamilyFixtures.ROUTINE;
import static uk.joinedup.caseservice.family.FamilyFixtures.TODAY;
import static uk.joinedup.caseservice.family.FamilyFixtures.WALKERS;
import static uk.joinedup.caseservice.family.FamilyFixtures.member;
import static uk.joinedup.caseservice.family.FamilyFixtures.planned;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.FamilyAgreedToPlan;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.family.api.PlanActionCompleted;
import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.infrastructure.axon.GoldenEvents;

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

    private static FamilyRecord apply(List<Object> events) {
        FamilyRecord record = null;
        long version = 0;
        for (Object event : events) {
            record = FamilyRecordEvolver.evolve(record, (FamilyEvent) event, BY_SAM, version++);
        }
        return record;
    }
}
