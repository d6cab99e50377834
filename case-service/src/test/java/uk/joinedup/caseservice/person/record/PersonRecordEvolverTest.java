package uk.joinedup.caseservice.person.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;
import static uk.joinedup.caseservice.person.PersonFixtures.STEPHEN;
import static uk.joinedup.caseservice.person.PersonFixtures.TODAY;
import static uk.joinedup.caseservice.person.PersonFixtures.factRecorded;
import static uk.joinedup.caseservice.person.PersonFixtures.registered;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.chronology.Amendment;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.axon.GoldenEvents;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonEvent;

class PersonRecordEvolverTest {

    /**
     * No person event may vanish from the record: folded in order, every permitted event (read from its
     * golden sample, with one recorded fact of every kind) is applied and changes the chronology.
     */
    @Test
    void everyPersonEventChangesTheChronology() {
        PersonRecord record = null;
        long version = 0;
        for (PersonEvent event : GoldenEvents.every(PersonEvent.class)) {
            String kind = event instanceof AgencyFactRecorded recorded
                    ? recorded.fact().getClass().getSimpleName()
                    : event.getClass().getSimpleName();
            Map<String, ChronologyEntry> before = record == null ? Map.of() : record.entries();
            record = PersonRecordEvolver.evolve(record, event, BY_JO, version);

            assertThat(record.version()).as(kind).isEqualTo(version);
            assertThat(record.entries()).as(kind).isNotEqualTo(before);
            version++;
        }
        assertThat(version).isGreaterThan(FactCatalogue.types().size());
    }

    private static final FactId NOTE = new FactId("note-1");
    private static final Recorded BY_JO = new Recorded(
            "Jo Carter",
            new AgencyId("southampton-probation"),
            "Probation",
            AgencyKind.PROBATION,
            Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void aCorrectionReplacesTheFactAndKeepsWhatItSaidBefore() {
        PersonRecord record = PersonRecordEvolver.evolve(null, registered(), BY_JO, 0);
        record = PersonRecordEvolver.evolve(
                record, factRecorded(NOTE, new CaseNoteWritten("Kept appointment"), probationKeyworker()), BY_JO, 1);
        record = PersonRecordEvolver.evolve(
                record,
                new AgencyFactCorrected(
                        STEPHEN,
                        NOTE,
                        new CaseNoteWritten("Kept appointment; test negative"),
                        TODAY.minusDays(1),
                        "Added result"),
                BY_JO,
                2);

        ChronologyEntry entry = record.entries().get(NOTE.value());
        assertThat(entry.fact()).isEqualTo(new CaseNoteWritten("Kept appointment; test negative"));
        assertThat(entry.occurredOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(entry.amendments()).singleElement().satisfies(amendment -> {
            assertThat(amendment.kind()).isEqualTo(Amendment.CORRECTED);
            assertThat(amendment.previousFact()).isEqualTo(new CaseNoteWritten("Kept appointment"));
            assertThat(amendment.previousOccurredOn()).isEqualTo(TODAY);
        });
        assertThat(record.version()).isEqualTo(2);
    }

    @Test
    void aRetractionMarksTheEntryAndKeepsIt() {
        PersonRecord record = PersonRecordEvolver.evolve(null, registered(), BY_JO, 0);
        record = PersonRecordEvolver.evolve(
                record, factRecorded(NOTE, new CaseNoteWritten("Wrong person"), probationKeyworker()), BY_JO, 1);
        record = PersonRecordEvolver.evolve(record, new AgencyFactRetracted(STEPHEN, NOTE, "Wrong person"), BY_JO, 2);

        assertThat(record.entries().get(NOTE.value()).retracted()).isTrue();
        assertThat(record.entries()).hasSize(2);
    }

    @Test
    void anAmendmentOfAFactNotYetInTheRecordChangesNothing() {
        PersonRecord record = PersonRecordEvolver.evolve(null, registered(), BY_JO, 0);
        PersonRecord after =
                PersonRecordEvolver.evolve(record, new AgencyFactRetracted(STEPHEN, NOTE, "Later"), BY_JO, 5);
        assertThat(after).isEqualTo(record);
    }
}
