package uk.joinedup.caseservice.imports.extracts;

/**
 * A whole file is refused (it is not a readable CSV file of its type): nothing of it is kept. The message
 * says what to fix, in plain words.
 */
public class ExtractRefused extends RuntimeException {

    public ExtractRefused(String message) {
        super(message);
    }
}
