package uk.joinedup.webui.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonSearchFormTest {

    @Test
    void eachPageKeepsTheSearchAndTheFamilyBeingAddedTo() {
        PersonSearchForm form = new PersonSearchForm();
        form.setName(" Jon  Smyth ");
        form.setYearOfBirth("1984");
        form.setPostcode("SO14 0PB");
        form.setPage(2);

        assertThat(form.page("/people", "family-1", 3))
                .isEqualTo("/people?name=Jon%20%20Smyth&yearOfBirth=1984&postcode=SO14%200PB&family=family-1&page=3");
    }

    @Test
    void aDateOfBirthIsKeptAsTheDateInputSendsIt() {
        PersonSearchForm form = new PersonSearchForm();
        form.getDateOfBirth().setDay("9");
        form.getDateOfBirth().setMonth("2");
        form.getDateOfBirth().setYear("1984");

        assertThat(form.page("/people", null, 2))
                .isEqualTo("/people?dateOfBirth.day=9&dateOfBirth.month=2&dateOfBirth.year=1984&page=2");
    }

    @Test
    void aPageOpenedIsNotASearchButAnEmptyFormSentIs() {
        PersonSearchForm form = new PersonSearchForm();
        assertThat(form.opened()).isTrue();
        form.setName("");
        assertThat(form.opened()).isFalse();
        assertThat(form.empty()).isTrue();
    }

    @Test
    void aYearAloneIsNothingToSearchBy() {
        PersonSearchForm form = new PersonSearchForm();
        assertThat(form.empty()).isTrue();
        form.setYearOfBirth("1984");
        assertThat(form.empty()).isFalse();
        assertThat(form.searchable()).isFalse();
        form.setPostcode("SO14");
        assertThat(form.searchable()).isTrue();
    }

    @Test
    void registeringSomeoneNotFoundStartsWithTheLastWordAsTheFamilyName() {
        PersonSearchForm form = new PersonSearchForm();
        form.setName("Mary Jane  Watson");
        assertThat(form.registerGivenNames()).isEqualTo("Mary Jane");
        assertThat(form.registerFamilyName()).isEqualTo("Watson");
        form.setName("Watson");
        assertThat(form.registerGivenNames()).isNull();
        assertThat(form.registerFamilyName()).isEqualTo("Watson");
    }
}
