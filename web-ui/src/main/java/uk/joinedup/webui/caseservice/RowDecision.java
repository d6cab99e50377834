package uk.joinedup.webui.caseservice;

/**
 * Who a row of an import is about, as the data officer decided: a known person ({@code personId}), a new
 * person, or nobody (the row is skipped).
 */
public record RowDecision(Decision decision, String personId) {

    public static RowDecision match(String personId) {
        return new RowDecision(Decision.MATCH, personId);
    }

    public static RowDecision newPerson() {
        return new RowDecision(Decision.NEW_PERSON, null);
    }

    public static RowDecision skip() {
        return new RowDecision(Decision.SKIP, null);
    }

    /** What the data officer decided about the row. */
    public enum Decision {
        MATCH,
        NEW_PERSON,
        SKIP
    }
}
