package uk.joinedup.webui.family;

import java.util.Map;
import org.springframework.validation.Errors;

/**
 * What the "propose a transfer" page posts: the practitioner of another agency who would lead the case (by
 * username, from the staff directory), why the case should move, and the version of the family the user saw.
 */
public class ProposeTransferForm implements VersionedForm {

    static final int REASON_MAX = 2000;

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "transfer-within-the-agency", "proposedLead",
            "not-in-staff-directory", "proposedLead");

    private String proposedLead;
    private String reason;
    private long expectedVersion;

    /**
     * Whether the proposal is complete as far as web-ui can tell (a practitioner chosen, a reason of at most
     * {@value #REASON_MAX} characters); if not, each problem is against its field, in the order of the page.
     */
    boolean validate(Errors errors) {
        if (BudgetText.blank(proposedLead)) {
            errors.rejectValue("proposedLead", "transfer.proposedLead.missing");
        }
        BudgetText.require(reason, REASON_MAX, "reason", "transfer.reason", errors);
        return !errors.hasErrors();
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole proposal. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    public String getProposedLead() {
        return proposedLead;
    }

    public void setProposedLead(String proposedLead) {
        this.proposedLead = proposedLead;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
