package uk.joinedup.caseservice.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.ParentRecorded;

/**
 * What a person's record (and so its snapshots) keeps of a fact: the content only of the kinds the rules
 * between facts read; of any other kind (a case note, say) the kind, date and owner, never the words.
 */
class RecordedFactTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 4);
    private static final AgencyId EARLY_HELP = new AgencyId("southampton-early-help");

    @Test
    void keepsNoContentOfAFactNoRuleReads() {
        RecordedFact note = RecordedFact.of(new CaseNoteWritten("Home visit; Stephen engaged well."), ON, EARLY_HELP);

        assertThat(note.fact()).isNull();
        assertThat(note.kind()).isEqualTo("CaseNoteWritten");
        assertThat(note.occurredOn()).isEqualTo(ON);
        assertThat(note.owningAgency()).isEqualTo(EARLY_HELP);
    }

    @Test
    void keepsNoContentOfAFactNoRuleReadsOnceCorrectedEither() {
        RecordedFact note = RecordedFact.of(new CaseNoteWritten("Home visit."), ON, EARLY_HELP)
                .correct(new CaseNoteWritten("Home visit; Stephen engaged well."), ON.plusDays(1));

        assertThat(note.fact()).isNull();
        assertThat(note.occurredOn()).isEqualTo(ON.plusDays(1));
    }

    @Test
    void keepsAFactTheRulesReadAsLastCorrected() {
        ParentRecorded corrected = new ParentRecorded("person-karen", true);
        RecordedFact parent = RecordedFact.of(new ParentRecorded("person-kate", true), ON, EARLY_HELP)
                .correct(corrected, ON);

        assertThat(parent.fact()).isEqualTo(corrected);
        assertThat(parent.kind()).isEqualTo("ParentRecorded");
    }
}
