package uk.joinedup.caseservice.imports.extracts;

/** An extract type's file cannot be used: the service does not start, and says which file and why. */
public class ExtractTypeInvalid extends RuntimeException {

    ExtractTypeInvalid(String fileName, String problem, Throwable cause) {
        super("The extract type file imports/" + fileName + " cannot be used: " + problem, cause);
    }
}
