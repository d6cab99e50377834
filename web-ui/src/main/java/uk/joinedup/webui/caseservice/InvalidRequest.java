package uk.joinedup.webui.caseservice;

import java.util.List;

/** case-service found fields not valid (400); each problem names its field. */
public class InvalidRequest extends CaseServiceProblem {

    private final List<FieldProblem> problems;

    public InvalidRequest(String detail, List<FieldProblem> problems) {
        super(detail);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** A field the request got wrong and what to do about it. */
    public record FieldProblem(String field, String message) {}
}
