package uk.joinedup.webui.caseservice;

/** case-service could not do what was asked; the message is written for the user. */
public class CaseServiceProblem extends RuntimeException {

    CaseServiceProblem(String message) {
        super(message, null, false, false);
    }

    /** The record asked for does not exist (404). */
    public static class NotFound extends CaseServiceProblem {
        NotFound(String message) {
            super(message);
        }
    }

    /** Someone else changed the record at the same time (409). */
    public static class Conflict extends CaseServiceProblem {
        Conflict(String message) {
            super(message);
        }
    }

    /** A business rule refused the request (422). */
    public static class Refused extends CaseServiceProblem {
        Refused(String message) {
            super(message);
        }
    }

    /** The user may not do this (403). */
    public static class Forbidden extends CaseServiceProblem {
        Forbidden(String message) {
            super(message);
        }
    }
}
