package uk.joinedup.webui.family;

import java.util.Map;
import org.springframework.validation.Errors;

/**
 * What the "accept the transfer" page posts: who of the receiving agency will lead the case (the practitioner
 * proposed, or another the manager chooses, by username), with the version of the family the manager saw.
 */
public class AcceptTransferForm implements VersionedForm {

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "new-lead-of-another-agency", "newLead",
            "not-in-staff-directory", "newLead");

    private String newLead;
    private long expectedVersion;

    /** Whether someone was chosen to lead the case; if not, the problem is against the field. */
    boolean validate(Errors errors) {
        if (BudgetText.blank(newLead)) {
            errors.rejectValue("newLead", "transfer.newLead.missing");
        }
        return !errors.hasErrors();
    }

    /**
     * The new lead to send: null when it is the practitioner proposed (case-service hands the case to them), the
     * username of the one chosen otherwise.
     */
    String newLeadOtherThan(String proposed) {
        return BudgetText.blank(newLead) || newLead.strip().equals(proposed) ? null : newLead.strip();
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole decision. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    public String getNewLead() {
        return newLead;
    }

    public void setNewLead(String newLead) {
        this.newLead = newLead;
    }

    @Override
    public long getExpectedVersion() {
        return expectedVersion;
    }

    @Override
    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
