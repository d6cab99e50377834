package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FamilySearchFormTest {

    @Test
    void eachPageKeepsTheSearch() {
        FamilySearchForm form = new FamilySearchForm();
        form.setName("O'Sullivan");
        form.setPostcode(" ");

        assertThat(form.page("/families", 2)).isEqualTo("/families?name=O'Sullivan&page=2");
    }

    @Test
    void aPageOpenedIsNotASearchButAnEmptyFormSentIs() {
        FamilySearchForm form = new FamilySearchForm();
        assertThat(form.opened()).isTrue();
        form.setName("");
        assertThat(form.opened()).isFalse();
        assertThat(form.blank()).isTrue();
    }
}
