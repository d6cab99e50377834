package uk.joinedup.webui.family;

import uk.joinedup.webui.govuk.DateInput;

/** What the "record a review" page posts. */
public class ReviewForm {

    private DateInput heldOn = new DateInput();

    private String notes;

    private DateInput nextReviewOn = new DateInput();

    public DateInput getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
        this.heldOn = heldOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public DateInput getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(DateInput nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }
}
