package uk.joinedup.caseservice.person.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import uk.joinedup.caseservice.infrastructure.web.InputLimits;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.SexOrGender;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;
import uk.joinedup.caseservice.person.web.IdentifierFormat.Kind;

/** A person's details as a client sends them; optional parts may be left out. */
record PersonDetailsRequest(
        @NotBlank(message = "Enter the person's given names")
                @Size(max = 100, message = "Given names must be 100 characters or fewer")
                String givenNames,
        @NotBlank(message = "Enter the person's family name")
                @Size(max = 100, message = "Family name must be 100 characters or fewer")
                String familyName,
        @NotNull(message = "Enter the person's date of birth")
                @PastOrPresent(message = "Date of birth must be today or in the past")
                LocalDate dateOfBirth,
        SexOrGender sexOrGender,
        @Valid AddressRequest address,
        @IdentifierFormat(Kind.NHS_NUMBER)
                @Size(max = InputLimits.IDENTIFIER_AS_TYPED, message = "NHS number must be 30 characters or fewer")
                String nhsNumber,
        @IdentifierFormat(Kind.NATIONAL_INSURANCE_NUMBER)
                @Size(
                        max = InputLimits.IDENTIFIER_AS_TYPED,
                        message = "National Insurance number must be 30 characters or fewer")
                String nationalInsuranceNumber,
        @IdentifierFormat(Kind.UNIQUE_PUPIL_NUMBER)
                @Size(
                        max = InputLimits.IDENTIFIER_AS_TYPED,
                        message = "Unique pupil number must be 30 characters or fewer")
                String uniquePupilNumber) {

    PersonDetails toDetails() {
        return new PersonDetails(
                new PersonName(givenNames.strip(), familyName.strip()),
                dateOfBirth,
                sexOrGender,
                address != null ? address.toAddress() : null,
                new PersonIdentifiers(
                        present(nhsNumber) ? NhsNumber.parse(nhsNumber) : null,
                        present(nationalInsuranceNumber)
                                ? NationalInsuranceNumber.parse(nationalInsuranceNumber)
                                : null,
                        present(uniquePupilNumber) ? UniquePupilNumber.parse(uniquePupilNumber) : null));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A UK address; the postcode is checked against the Royal Mail format. */
    record AddressRequest(
            @NotBlank(message = "Enter the first line of the address")
                    @Size(max = 100, message = "Address line 1 must be 100 characters or fewer")
                    String line1,
            @Size(max = 100, message = "Address line 2 must be 100 characters or fewer") String line2,
            @NotBlank(message = "Enter the town or city")
                    @Size(max = 60, message = "Town or city must be 60 characters or fewer")
                    String town,
            @NotBlank(message = "Enter the postcode")
                    @Size(max = 12, message = "Enter a real postcode, like SO14 7DU")
                    @Pattern(
                            regexp = "(?i)\\s*[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}\\s*",
                            message = "Enter a real postcode, like SO14 7DU")
                    String postcode,
            @Pattern(regexp = "\\d{1,12}", message = "A UPRN is up to 12 digits")
                    @Size(max = 12, message = "A UPRN is up to 12 digits")
                    String uprn) {

        Address toAddress() {
            String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            String formatted =
                    compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
            return new Address(
                    line1.strip(),
                    line2 == null || line2.isBlank() ? null : line2.strip(),
                    town.strip(),
                    formatted,
                    uprn == null || uprn.isBlank() ? null : uprn);
        }
    }
}
