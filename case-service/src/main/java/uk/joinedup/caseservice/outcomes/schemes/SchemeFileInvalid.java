package uk.joinedup.caseservice.outcomes.schemes;

/** A scheme file that cannot be read or breaks a rule of the format: names the file and the field. */
public class SchemeFileInvalid extends RuntimeException {

    private final String file;
    private final String field;

    SchemeFileInvalid(String file, String field, String problem, Throwable cause) {
        super("Scheme file " + file + ", field " + field + ": " + problem, cause);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** The field's path in the file, e.g. {@code rules.payments.years[0].attachmentFee}. */
    public String field() {
        return field;
    }
}
