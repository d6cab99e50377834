package uk.joinedup.webui.subjectaccess;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.webui.caseservice.SubjectAccessDecision;
import uk.joinedup.webui.caseservice.SubjectAccessRequestView;

/**
 * What the "extend the deadline" page posts: why (complex, or one of a number of requests), by how many further
 * months, the reasons the person is told, and the version of the request the page was built from.
 */
public class ExtendForm {

    private long version;

    @NotBlank(message = "{subjectAccess.extend.reason.missing}")
    private String reason;

    @NotNull(message = "{subjectAccess.extend.months.missing}")
    private Integer months;

    @NotBlank(message = "{subjectAccess.extend.note.missing}")
    @Size(max = 1000, message = "{subjectAccess.extend.note.tooLong}")
    private String note;

    /** The form field a refusal of case-service is about, or null when it is about the whole form. */
    static String refusedField(String code) {
        return switch (code) {
            case "extension-reason-required" -> "reason";
            case "extension-note-required" -> "note";
            case "extension-months-required", "extension-beyond-three-months" -> "months";
            default -> null;
        };
    }

    /** case-service's field names are the form's, but for the version the page was built from. */
    static String formField(String field) {
        return "expectedVersion".equals(field) ? null : field;
    }

    SubjectAccessDecision.Extension toDecision() {
        return new SubjectAccessDecision.Extension(version, months, reasonChosen(), note.strip());
    }

    /** The reason chosen, or null for none that case-service knows (which it then asks for). */
    private SubjectAccessRequestView.ExtensionReason reasonChosen() {
        for (SubjectAccessRequestView.ExtensionReason candidate : SubjectAccessRequestView.ExtensionReason.values()) {
            if (candidate.name().equals(reason)) {
                return candidate;
            }
        }
        return null;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
