package uk.joinedup.caseservice.agency;

/** The staff directory could not be asked (identity-service is down or answered with an error). */
public class DirectoryUnavailable extends RuntimeException {

    public DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
