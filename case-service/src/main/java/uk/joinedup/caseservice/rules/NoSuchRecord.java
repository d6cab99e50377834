package uk.joinedup.caseservice.rules;

/**
 * The record is unknown, or the actor may not change it and so must not learn that it exists or what
 * it holds: both are answered alike (404 "No such record"), before any other check.
 */
public class NoSuchRecord extends RuntimeException {

    public NoSuchRecord() {
        super("No such record", null, false, false);
    }
}
