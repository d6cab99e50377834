package uk.joinedup.caseservice.imports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.ParentRecorded;

class StagedRowTest {

    private static StagedRow staged(AgencyFact fact, StagedRow.RecordedOn recordedOn) {
        return staged(RowOutcome.MATCHED, fact, recordedOn);
    }

    private static StagedRow staged(RowOutcome outcome, AgencyFact fact, StagedRow.RecordedOn recordedOn) {
        return new StagedRow(
                2,
                outcome,
                "fact-1",
                null,
                null,
                fact,
                LocalDate.of(2026, 9, 1),
                "hash",
                "row-person",
                false,
                null,
                null,
                recordedOn);
    }

    @ParameterizedTest
    @EnumSource(RowOutcome.class)
    void onlyARowMatchedOrAboutANewPersonIsRecordedWithoutAPersonDeciding(RowOutcome outcome) {
        assertThat(staged(outcome, new EvictionNoticeServed(), null).recordsNow())
                .isEqualTo(outcome == RowOutcome.MATCHED || outcome == RowOutcome.NEW_PERSON);
    }

    @Test
    void aFactOfTheRowsPersonGoesOnTheirRecordAsItWasRead() {
        StagedRow row = staged(new EvictionNoticeServed(), null);

        assertThat(row.whoseRecord("karen")).isEqualTo("karen");
        assertThat(row.factNaming("karen")).isEqualTo(new EvictionNoticeServed());
    }

    @Test
    void aFactOnASubjectGoesOnTheirRecordNamingTheRowsPerson() {
        StagedRow row = staged(new ParentRecorded(null, true), new StagedRow.RecordedOn("mia", "parent"));

        assertThat(row.whoseRecord("lisa")).isEqualTo("mia");
        assertThat(row.factNaming("lisa")).isEqualTo(new ParentRecorded("lisa", true));
        assertThat(row.fact()).as("the row as staged is kept as it was").isEqualTo(new ParentRecorded(null, true));
        assertThat(row.suggestions()).isEqualTo(List.of());
    }
}
