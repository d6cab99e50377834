package uk.joinedup.caseservice.imports.extracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;

class ExtractSubjectTest {

    @Test
    void namesTheRowsPersonInTheFactsFieldKeepingItsOtherFields() {
        assertThat(ExtractSubject.naming(new ParentRecorded(null, false), "parent", "person-7"))
                .isEqualTo(new ParentRecorded("person-7", false));
        assertThat(ExtractSubject.naming(new ParentRecorded("person-1", true), "parent", "person-2"))
                .isEqualTo(new ParentRecorded("person-2", true));
    }

    @Test
    void keepsAFactsDatesAndAnswersAsTheyWere() {
        OffenceProven offence = new OffenceProven("Theft", LocalDate.of(2025, 1, 2), Disposal.CAUTION);

        assertThat(ExtractSubject.naming(offence, "offence", "Burglary"))
                .isEqualTo(new OffenceProven("Burglary", LocalDate.of(2025, 1, 2), Disposal.CAUTION));
    }
}
