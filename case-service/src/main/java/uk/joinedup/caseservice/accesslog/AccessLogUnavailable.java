package uk.joinedup.caseservice.accesslog;

/**
 * A view could not be logged, so it must not be shown: the request that wanted to show it fails
 * instead.
 */
public class AccessLogUnavailable extends RuntimeException {

    AccessLogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
