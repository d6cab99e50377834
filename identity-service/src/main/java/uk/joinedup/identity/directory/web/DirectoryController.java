package uk.joinedup.identity.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.identity.directory.Agency;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.UserAccount;

@RestController
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    /**
     * Everyone who can sign in and whose agency is known, by name; with {@code team}, only that team's
     * members (a team within an agency: a team manager's view of their team's caseload asks).
     */
    @GetMapping("/api/directory/practitioners")
    List<PractitionerView> practitioners(@RequestParam(required = false) String team) {
        Map<String, Agency> agencies =
                directory.agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        return directory.users().stream()
                .filter(UserAccount::enabled)
                .filter(user -> agencies.containsKey(user.agencyId()))
                .filter(user -> team == null || team.equals(user.teamId()))
                .map(user -> view(user, agencies.get(user.agencyId())))
                .sorted(Comparator.comparing(PractitionerView::displayName).thenComparing(PractitionerView::username))
                .toList();
    }

    /**
     * One practitioner, for services that must not take a name or agency from a request body: 404 when
     * nobody of that name can sign in or their agency is unknown.
     */
    @GetMapping("/api/directory/practitioners/{username}")
    ResponseEntity<?> practitioner(@PathVariable String username) {
        return directory
                .user(username)
                .filter(UserAccount::enabled)
                .flatMap(user -> directory.agency(user.agencyId()).map(agency -> view(user, agency)))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(
                                HttpStatus.NOT_FOUND, "No practitioner of that name can sign in")));
    }

    /** Every agency, by name. */
    @GetMapping("/api/directory/agencies")
    List<AgencyView> agencies() {
        return directory.agencies().stream()
                .map(agency -> new AgencyView(agency.id(), agency.name(), agency.kind()))
                .sorted(Comparator.comparing(AgencyView::name).thenComparing(AgencyView::id))
                .toList();
    }

    private static PractitionerView view(UserAccount user, Agency agency) {
        return new PractitionerView(
                user.username(),
                user.displayName(),
                agency.id(),
                agency.name(),
                agency.kind(),
                user.roleNames(),
                user.job(),
                user.teamId());
    }
}
