package uk.joinedup.webui.govuk;

import org.springframework.stereotype.Component;

/**
 * Element ids for form fields, as templates use them ({@code @fieldIds}): a property path such as
 * {@code goals[0].actions[1].dueOn.day} becomes {@code goals-0-actions-1-dueOn-day}, so that the error
 * summary's links reach the field they are about.
 */
@Component("fieldIds")
public class FieldIds {

    public String of(String path) {
        return path.replace("]", "").replace('[', '-').replace('.', '-');
    }

    /** The ids a field's {@code aria-describedby} lists: its hint and its error message; null if neither. */
    public String describedBy(String id, boolean hint, boolean error) {
        String hintId = hint ? id + "-hint" : "";
        String errorId = error ? id + "-error" : "";
        String both = (hintId + " " + errorId).strip();
        return both.isEmpty() ? null : both;
    }
}
