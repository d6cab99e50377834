package uk.joinedup.webui.directory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<Practitioner> all = identityService
                .get()
                .uri("/api/directory/practitioners")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        return all.stream().filter(Practitioner::worksWithFamilies).toList();
    }

    /**
     * The agencies that have someone in the directory, by name: those consents and sharing agreements can
     * name.
     */
    public List<Agency> agencies() {
        List<Practitioner> all = identityService
                .get()
                .uri("/api/directory/practitioners")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        Map<String, Agency> agencies = new LinkedHashMap<>();
        all.forEach(person -> agencies.putIfAbsent(
                person.agencyId(), new Agency(person.agencyId(), person.agencyName(), person.agencyKind())));
        return agencies.values().stream()
                .sorted(Comparator.comparing(Agency::name))
                .toList();
    }

    public Optional<Practitioner> practitioner(String username) {
        return practitioners().stream()
                .filter(practitioner -> practitioner.username().equals(username))
                .findFirst();
    }
}
