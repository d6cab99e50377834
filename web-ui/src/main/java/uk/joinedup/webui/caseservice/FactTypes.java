package uk.joinedup.webui.caseservice;

import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The kinds of agency fact, with their fields. */
@Component
public class FactTypes {

    private final RestClient caseService;

    FactTypes(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The kinds the user's agency may record, in catalogue order. */
    public List<FactType> recordableByMe() {
        return caseService
                .get()
                .uri("/api/fact-types?mine=true")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /** A kind the user's agency may record, if it is one. */
    public Optional<FactType> recordableByMe(String type) {
        return recordableByMe().stream()
                .filter(kind -> kind.type().equals(type))
                .findFirst();
    }
}
