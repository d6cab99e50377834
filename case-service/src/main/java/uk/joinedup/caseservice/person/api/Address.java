package uk.joinedup.caseservice.person.api;

/**
 * A UK address.
 *
 * @param line1 building and street
 * @param line2 second line, may be null
 * @param town town or city
 * @param postcode the postcode, upper case with one space
 * @param uprn the Unique Property Reference Number, if known
 */
public record Address(String line1, String line2, String town, String postcode, String uprn) {}
