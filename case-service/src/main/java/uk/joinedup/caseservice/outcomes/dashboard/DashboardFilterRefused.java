package uk.joinedup.caseservice.outcomes.dashboard;

/**
 * A filter of the dashboard that cannot be applied for this viewer: a team when their sign-in names none, a
 * keyworker who is not in their team. The REST adapter answers 400 naming the field.
 */
public final class DashboardFilterRefused extends RuntimeException {

    private final String field;

    DashboardFilterRefused(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
