package uk.joinedup.webui.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.webui.caseservice.ErasureDecision;
import uk.joinedup.webui.govuk.DateInput;

/** What the "hold the erasure" page posts: why, in a choice and a note, the day to review it, and the version seen. */
public class HoldForm {

    private long version;

    @NotNull(message = "{erasures.hold.reason.missing}")
    private String reason;

    @NotBlank(message = "{erasures.hold.note.missing}")
    @Size(max = 1000, message = "{erasures.note.tooLong}")
    private String note;

    private DateInput reviewOn = new DateInput();

    /** The form field a refusal of case-service is about, or null when it is about the whole form. */
    static String refusedField(String code) {
        return switch (code) {
            case "hold-reason-required" -> "reason";
            case "hold-note-required" -> "note";
            case "review-date-not-after-hold" -> "reviewOn";
            default -> null;
        };
    }

    /** case-service's field names are the form's, but for the day of the review date. */
    static String formField(String field) {
        return "reviewOn".equals(field) ? "reviewOn.day" : field;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The reason chosen, as case-service names it; null for none or one the page did not offer. */
    ErasureDecision.HoldReason reasonChosen() {
        for (ErasureDecision.HoldReason candidate : ErasureDecision.HoldReason.values()) {
            if (candidate.name().equals(reason)) {
                return candidate;
            }
        }
        return null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public DateInput getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(DateInput reviewOn) {
        this.reviewOn = reviewOn;
    }
}
