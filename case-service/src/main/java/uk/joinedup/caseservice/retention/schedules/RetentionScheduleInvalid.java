package uk.joinedup.caseservice.retention.schedules;

/** A retention schedule's file cannot be used: the service does not start, and says which file and why. */
public class RetentionScheduleInvalid extends RuntimeException {

    RetentionScheduleInvalid(String fileName, String problem, Throwable cause) {
        super("The retention schedule file retention/" + fileName + " cannot be used: " + problem, cause);
    }
}
