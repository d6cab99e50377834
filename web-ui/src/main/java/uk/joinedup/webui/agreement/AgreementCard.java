package uk.joinedup.webui.agreement;

/**
 * An agreement in its current version, as the list shows it.
 *
 * @param inForce it applies today
 * @param ended its last day has passed
 * @param reviewOverdue its review date has passed and it has not ended
 */
public record AgreementCard(
        String agreementId, int version, TermsInWords terms, boolean inForce, boolean ended, boolean reviewOverdue) {

    /** Its first day is still to come. */
    public boolean notYetInForce() {
        return !inForce && !ended;
    }
}
