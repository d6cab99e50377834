package uk.joinedup.caseservice.views.identification;

import java.util.Locale;
import uk.joinedup.caseservice.infrastructure.search.Postcodes;
import uk.joinedup.caseservice.person.api.Address;

/**
 * An address as a key: the normalised postcode and the first line, lower case, its punctuation dropped and
 * spaces collapsed ("Flat 2, 14 High St." and "flat 2 14 high st" are one address). An address with no
 * postcode, one that is not a postcode, or no first line has no key: nobody is put in a household by it.
 */
final class AddressKeys {

    private AddressKeys() {}

    static String of(Address address) {
        if (address == null || address.line1() == null) {
            return null;
        }
        String postcode = Postcodes.normalise(address.postcode());
        String line = address.line1()
                .toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (postcode == null || line.isEmpty()) {
            return null;
        }
        return postcode.replace(" ", "") + ":" + line.replace(' ', '-');
    }
}
