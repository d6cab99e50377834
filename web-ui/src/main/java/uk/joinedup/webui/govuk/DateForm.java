package uk.joinedup.webui.govuk;

/** A form that asks for one date, e.g. "view as at" or a date of death. */
public class DateForm {

    private DateInput date = new DateInput();

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }
}
