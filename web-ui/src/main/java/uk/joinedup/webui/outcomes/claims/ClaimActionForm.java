package uk.joinedup.webui.outcomes.claims;

/**
 * What the draft and submit buttons post: the version of the result's claims the page showed (blank when it
 * had none), so a claim changed meanwhile is a conflict rather than a decision on something not seen.
 */
public class ClaimActionForm {

    private String version;

    /** The version posted, or null when the page showed no claim. */
    Long seenVersion() {
        return versionOf(version);
    }

    /** A version as a form posts it, or null if blank or not a number. */
    static Long versionOf(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
