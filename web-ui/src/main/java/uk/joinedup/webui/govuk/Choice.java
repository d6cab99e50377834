package uk.joinedup.webui.govuk;

/**
 * One option of GOV.UK radios, checkboxes or a select.
 *
 * @param value what the form sends
 * @param label what the user reads
 * @param hint more about the option, or null
 */
public record Choice(String value, String label, String hint) {

    public static Choice of(String value, String label) {
        return new Choice(value, label, null);
    }
}
