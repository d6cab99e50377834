package uk.joinedup.webui.family;

import java.util.ArrayList;
import java.util.List;
import uk.joinedup.webui.govuk.DateInput;

/** What the "refer the family" page posts. */
public class ReferralForm {

    private String reason;

    private List<String> riskFactors = new ArrayList<>();

    private DateInput receivedOn = new DateInput();

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<String> getRiskFactors() {
        return riskFactors;
    }

    public void setRiskFactors(List<String> riskFactors) {
        this.riskFactors = riskFactors;
    }

    public DateInput getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(DateInput receivedOn) {
        this.receivedOn = receivedOn;
    }
}
