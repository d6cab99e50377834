package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.SexOrGender;

/** Which search texts name a person, by any version of their details. */
class NamedInSearchTest {

    private static final PersonDetails REGISTERED = new PersonDetails(
            new PersonName("Deborah", "Hill"),
            LocalDate.of(1985, 3, 14),
            SexOrGender.FEMALE,
            null,
            new PersonIdentifiers(new NhsNumber("9434765919"), new NationalInsuranceNumber("JS480117D"), null));
    private static final PersonDetails CORRECTED = REGISTERED.withName(new PersonName("Debra", "Hill-Price"));

    private final NamedInSearch deborah = new NamedInSearch(List.of(REGISTERED, CORRECTED));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            name: Deborah Hill                                          | true
            name: DEBORAH   hill; date of birth: 1985-03-14             | true
            name: Hill Deborah                                          | true
            name: Debra Hill-Price                                      | true
            identifier: 943 476 5919                                    | true
            identifier: 9434765919                                      | true
            identifier: js 48 01 17 d                                   | true
            name: Hill; date of birth: 1985-03-14                       | true
            name: Deborah                                               | false
            name: Hill                                                  | false
            date of birth: 1985-03-14                                   | false
            name: Tim Hall; date of birth: 1985-03-14                   | false
            name: Deborah Hilton                                        | false
            identifier: 943 476 5918                                    | false
            """)
    void namesThePersonByAnyVersionOfTheirDetails(String text, boolean named) {
        assertThat(deborah.in(text)).as(text).isEqualTo(named);
    }

    @Test
    void noTextNamesThem() {
        assertThat(deborah.in(null)).isFalse();
        assertThat(deborah.any()).isTrue();
    }

    @Test
    void aPersonWithNoDetailsIsNamedByNothing() {
        NamedInSearch nobody = new NamedInSearch(List.of());

        assertThat(nobody.any()).isFalse();
        assertThat(nobody.in("name: Deborah Hill")).isFalse();
    }
}
