package uk.joinedup.caseservice.infrastructure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcodes as search keys. A whole postcode ("SO14 0PB", a street or part of one) is a key of its own; its
 * sector ("SO14 0", a few thousand addresses) another, so that a search by the outward code alone ("SO14")
 * reads the ten sectors of that district rather than a district-sized document.
 */
public final class Postcodes {

    private static final String OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern WHOLE = Pattern.compile("(" + OUTWARD + ")([0-9])([A-Z]{2})");
    private static final Pattern SECTOR = Pattern.compile("(" + OUTWARD + ")([0-9])");
    private static final Pattern DISTRICT = Pattern.compile(OUTWARD);

    private Postcodes() {}

    /** A postcode upper case with one space before the inward code; null if blank or not a postcode. */
    public static String normalise(String postcode) {
        if (postcode == null) {
            return null;
        }
        Matcher whole = WHOLE.matcher(compact(postcode));
        return whole.matches() ? whole.group(1) + " " + whole.group(2) + whole.group(3) : null;
    }

    public static String postcodeKey(String normalised) {
        return "postcode:" + normalised;
    }

    public static String sectorKey(String normalised) {
        return "postsector:" + normalised.substring(0, normalised.length() - 2);
    }

    /**
     * The keys that hold the people with addresses in a searched postcode, sector or district (any of
     * them will do), or empty if the text is none of these.
     */
    public static Optional<List<String>> searchKeys(String typed) {
        String text = compact(typed);
        Matcher whole = WHOLE.matcher(text);
        if (whole.matches()) {
            return Optional.of(List.of(postcodeKey(whole.group(1) + " " + whole.group(2) + whole.group(3))));
        }
        if (DISTRICT.matcher(text).matches()) {
            List<String> sectors = new ArrayList<>();
            for (int sector = 0; sector <= 9; sector++) {
                sectors.add("postsector:" + text + " " + sector);
            }
            return Optional.of(sectors);
        }
        Matcher sector = SECTOR.matcher(text);
        if (sector.matches()) {
            return Optional.of(List.of("postsector:" + sector.group(1) + " " + sector.group(2)));
        }
        return Optional.empty();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
