package uk.joinedup.webui.govuk;

/**
 * A page number from an address: page 1 for anything that is not a whole number from 1, so that an
 * edited or stale link shows the first page rather than an error.
 */
public final class PageNumber {

    private PageNumber() {}

    public static int of(String text) {
        if (text == null || text.isBlank() || text.length() > 9) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
