package uk.joinedup.webui.caseservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/** Turns case-service's problem details into the exceptions of this package. */
final class ProblemTranslator implements RestClient.ResponseSpec.ErrorHandler {

    private final ObjectMapper json;

    ProblemTranslator(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
        JsonNode problem = read(response.getBody());
        String detail = problem.path("detail").asText("case-service could not do that");
        if (response.getStatusCode().value() == 413) {
            throw new CaseServiceProblem.TooLarge(detail);
        }
        HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
        if (status == null) {
            throw new CaseServiceProblem(detail);
        }
        switch (status) {
            case BAD_REQUEST -> throw new InvalidRequest(detail, fieldProblems(problem));
            case NOT_FOUND -> throw new CaseServiceProblem.NotFound(detail);
            case CONFLICT -> throw new CaseServiceProblem.Conflict(detail);
            case UNPROCESSABLE_ENTITY ->
                throw new CaseServiceProblem.Refused(
                        detail, problem.path("code").asText(null));
            case TOO_MANY_REQUESTS -> throw new CaseServiceProblem.TooManySearches(detail);
            case FORBIDDEN -> throw new CaseServiceProblem.Forbidden(detail);
            default -> throw new CaseServiceProblem(detail);
        }
    }

    private JsonNode read(InputStream body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static List<InvalidRequest.FieldProblem> fieldProblems(JsonNode problem) {
        List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
        problem.path("errors")
                .forEach(error -> problems.add(new InvalidRequest.FieldProblem(
                        error.path("field").asText(), error.path("message").asText())));
        return problems;
    }
}
