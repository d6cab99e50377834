package uk.joinedup.webui.events;

import java.util.List;
import uk.joinedup.webui.govuk.Choice;

/**
 * One generated form field.
 *
 * @param input how to ask for it: {@code TEXT}, {@code LONG_TEXT}, {@code DATE}, {@code NUMBER}, {@code
 *     YES_NO}, {@code CHOICE} (radios) or {@code SELECT} (a long list of options)
 * @param path the form property it binds to, e.g. {@code values[offence]} or {@code dates[offenceDate]}
 * @param hint more about the field, or null
 * @param choices the options of {@code YES_NO}, {@code CHOICE} and {@code SELECT}
 */
public record FieldView(String input, String path, String label, String hint, List<Choice> choices) {}
