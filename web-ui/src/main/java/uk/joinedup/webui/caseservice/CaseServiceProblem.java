package uk.joinedup.webui.caseservice;

/** case-service could not do what was asked; the message is written for the user. */
public class CaseServiceProblem extends RuntimeException {

    public CaseServiceProblem(String message) {
        super(message, null, false, false);
    }

    /** The record asked for does not exist (404). */
    public static class NotFound extends CaseServiceProblem {
        public NotFound(String message) {
            super(message);
        }
    }

    /** Someone else changed the record at the same time (409). */
    public static class Conflict extends CaseServiceProblem {
        public Conflict(String message) {
            super(message);
        }
    }

    /** A business rule refused the request (422). */
    public static class Refused extends CaseServiceProblem {

        private final String code;

        public Refused(String message) {
            this(message, null);
        }

        public Refused(String message, String code) {
            super(message);
            this.code = code;
        }

        /** The rule's stable code, e.g. {@code identifier-already-registered}, or null. */
        public String code() {
            return code;
        }
    }

    /** The user searched more often than allowed in a minute (429). */
    public static class TooManySearches extends CaseServiceProblem {
        public TooManySearches(String message) {
            super(message);
        }
    }

    /** The user may not do this (403). */
    public static class Forbidden extends CaseServiceProblem {
        public Forbidden(String message) {
            super(message);
        }
    }

    /** The request was larger than case-service takes (413), such as an uploaded file. */
    public static class TooLarge extends CaseServiceProblem {
        public TooLarge(String message) {
            super(message);
        }
    }
}
