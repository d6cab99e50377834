package uk.joinedup.webui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.PersonDetailsRequest;
import uk.joinedup.webui.caseservice.SexOrGender;

class PersonDetailsFormTest {

    @Test
    void sendsAnAddressOnlyWhenAPartOfItWasTyped() {
        PersonDetailsForm form = named();
        assertThat(form.toRequest(LocalDate.of(1988, 3, 14)).address()).isNull();

        form.setPostcode("so14 0pb");
        PersonDetailsRequest request = form.toRequest(LocalDate.of(1988, 3, 14));

        assertThat(request.address().postcode()).isEqualTo("so14 0pb");
        assertThat(request.address().line1()).isNull();
        assertThat(request.sexOrGender()).isEqualTo(SexOrGender.MALE);
        assertThat(request.nhsNumber()).isNull();
        assertThat(request.givenNames()).isEqualTo("Tony");
    }

    @Test
    void putsCaseServiceMessagesAgainstItsFields() {
        assertThat(PersonDetailsForm.formField("address.postcode")).isEqualTo("postcode");
        assertThat(PersonDetailsForm.formField("address.line1")).isEqualTo("addressLine1");
        assertThat(PersonDetailsForm.formField("details.address.uprn")).isEqualTo("uprn");
        assertThat(PersonDetailsForm.formField("details.nhsNumber")).isEqualTo("nhsNumber");
        assertThat(PersonDetailsForm.formField("dateOfBirth")).isEqualTo("dateOfBirth");
    }

    private static PersonDetailsForm named() {
        PersonDetailsForm form = new PersonDetailsForm();
        form.setGivenNames(" Tony ");
        form.setFamilyName("Marsh");
        form.setSexOrGender("MALE");
        form.setNhsNumber(" ");
        return form;
    }
}
