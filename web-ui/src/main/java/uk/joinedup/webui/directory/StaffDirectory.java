package uk.joinedup.webui.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Who works with families, from identity-service's directory. */
@Component
public class StaffDirectory {

    private final RestClient identityService;

    StaffDirectory(RestClient identityServiceRestClient) {
        this.identityService = identityServiceRestClient;
    }

    /** Keyworkers and team managers of every agency, by name. */
    public List<Practitioner> practitioners() {
        return everyone().stream().filter(Practitioner::worksWithFamilies).toList();
    }

    /** Everyone who can sign in, practitioners or not (information governance, administration), by name. */
    public List<Practitioner> everyone() {
        return identityService
                .get()
                .uri("/api/directory/practitioners")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /** Every agency, by name: those consents and sharing agreements can name. */
    public List<Agency> agencies() {
        return identityService
                .get()
                .uri("/api/directory/agencies")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    public Optional<Practitioner> practitioner(String username) {
        return practitioners().stream()
                .filter(practitioner -> practitioner.username().equals(username))
                .findFirst();
    }
}
