package uk.joinedup.identity.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** Everyone who can sign in and whose agency is known, by name. */
    @GetMapping("/api/directory/practitioners")
    List<PractitionerView> practitioners() {
        Map<String, Agency> agencies =
                directory.agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        return directory.users().stream()
                .filter(UserAccount::enabled)
                .filter(user -> agencies.containsKey(user.agencyId()))
                .map(user -> view(user, agencies.get(user.agencyId())))
                .sorted(Comparator.comparing(PractitionerView::displayName).thenComparing(PractitionerView::username))
                .toList();
    }

    private static PractitionerView view(UserAccount user, Agency agency) {
        return new PractitionerView(
                user.username(),
                user.displayName(),
                agency.id(),
                agency.name(),
                agency.kind(),
                user.roles().stream().sorted().toList(),
                user.job());
    }
}
