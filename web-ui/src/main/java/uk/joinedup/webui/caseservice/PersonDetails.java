package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/**
 * Who a person is, as recorded; sent to register or correct a person and shown when the viewer may see
 * it. Optional parts may be null.
 */
public record PersonDetails(
        Name name, LocalDate dateOfBirth, SexOrGender sexOrGender, Address address, Identifiers identifiers) {

    /** Given names and family name. */
    public record Name(String givenNames, String familyName) {}

    /** A UK address; {@code line2} and {@code uprn} may be null. */
    public record Address(String line1, String line2, String town, String postcode, String uprn) {}

    /** National identifiers, each may be null. */
    public record Identifiers(String nhsNumber, String nationalInsuranceNumber, String uniquePupilNumber) {}
}
