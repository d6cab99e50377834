package uk.joinedup.webui.events;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.joinedup.webui.govuk.DateInput;

/**
 * What a generated fact form posts: each field's text by name ({@code values[offence]}), dates as
 * GOV.UK date inputs ({@code dates[offenceDate].day}), the date it happened, and for a correction the
 * reason.
 */
public class FactForm {

    private Map<String, String> values = new LinkedHashMap<>();
    private Map<String, DateInput> dates = new LinkedHashMap<>();
    private DateInput occurredOn = new DateInput();
    private String reason;

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }

    public Map<String, DateInput> getDates() {
        return dates;
    }

    public void setDates(Map<String, DateInput> dates) {
        this.dates = dates;
    }

    public DateInput getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(DateInput occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
