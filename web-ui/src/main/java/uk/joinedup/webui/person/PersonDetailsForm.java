package uk.joinedup.webui.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import uk.joinedup.webui.caseservice.PersonDetails;
import uk.joinedup.webui.caseservice.PersonDetailsRequest;
import uk.joinedup.webui.caseservice.SexOrGender;
import uk.joinedup.webui.govuk.DateInput;

/** A person's details as the register and correct pages ask for them; address and identifiers optional. */
public class PersonDetailsForm {

    /** case-service's names for the address parts, and this form's. */
    private static final Map<String, String> ADDRESS_FIELDS = Map.of(
            "address.line1", "addressLine1",
            "address.line2", "addressLine2",
            "address.town", "town",
            "address.postcode", "postcode",
            "address.uprn", "uprn");

    @NotBlank(message = "{person.givenNames.missing}")
    @Size(max = 100, message = "{person.givenNames.tooLong}")
    private String givenNames;

    @NotBlank(message = "{person.familyName.missing}")
    @Size(max = 100, message = "{person.familyName.tooLong}")
    private String familyName;

    private DateInput dateOfBirth = new DateInput();

    @NotBlank(message = "{person.sexOrGender.missing}")
    private String sexOrGender;

    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String uprn;
    private String nhsNumber;
    private String nationalInsuranceNumber;
    private String uniquePupilNumber;

    /**
     * The details to send; an address only if any part of it was typed. Parts left empty are sent as
     * null, so that case-service can say what else is wrong with a form that is not finished yet.
     */
    PersonDetailsRequest toRequest(LocalDate birthDate) {
        boolean address =
                Stream.of(addressLine1, addressLine2, town, postcode, uprn).anyMatch(PersonDetailsForm::present);
        return new PersonDetailsRequest(
                orNull(givenNames),
                orNull(familyName),
                birthDate,
                present(sexOrGender) ? SexOrGender.valueOf(sexOrGender) : null,
                address
                        ? new PersonDetails.Address(
                                orNull(addressLine1),
                                orNull(addressLine2),
                                orNull(town),
                                orNull(postcode),
                                orNull(uprn))
                        : null,
                orNull(nhsNumber),
                orNull(nationalInsuranceNumber),
                orNull(uniquePupilNumber));
    }

    /** Fills the form with a person's recorded details. */
    void fill(PersonDetails details) {
        givenNames = details.name().givenNames();
        familyName = details.name().familyName();
        dateOfBirth = DateInput.of(details.dateOfBirth());
        sexOrGender =
                details.sexOrGender() == null ? null : details.sexOrGender().name();
        if (details.address() != null) {
            addressLine1 = details.address().line1();
            addressLine2 = details.address().line2();
            town = details.address().town();
            postcode = details.address().postcode();
            uprn = details.address().uprn();
        }
        if (details.identifiers() != null) {
            nhsNumber = details.identifiers().nhsNumber();
            nationalInsuranceNumber = details.identifiers().nationalInsuranceNumber();
            uniquePupilNumber = details.identifiers().uniquePupilNumber();
        }
    }

    /**
     * The field of this form case-service's field name is about: {@code address.postcode} is {@code
     * postcode}; a correction's {@code details.} prefix is dropped.
     */
    static String formField(String apiField) {
        String field = apiField.startsWith("details.") ? apiField.substring("details.".length()) : apiField;
        return ADDRESS_FIELDS.getOrDefault(field, field);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String orNull(String value) {
        return present(value) ? value.strip() : null;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getSexOrGender() {
        return sexOrGender;
    }

    public void setSexOrGender(String sexOrGender) {
        this.sexOrGender = sexOrGender;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getUprn() {
        return uprn;
    }

    public void setUprn(String uprn) {
        this.uprn = uprn;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getNationalInsuranceNumber() {
        return nationalInsuranceNumber;
    }

    public void setNationalInsuranceNumber(String nationalInsuranceNumber) {
        this.nationalInsuranceNumber = nationalInsuranceNumber;
    }

    public String getUniquePupilNumber() {
        return uniquePupilNumber;
    }

    public void setUniquePupilNumber(String uniquePupilNumber) {
        this.uniquePupilNumber = uniquePupilNumber;
    }
}
