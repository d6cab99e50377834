package uk.joinedup.caseservice.infrastructure.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.DirectoryUnavailable;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.PractitionerDirectory;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agency.TeamRoster;

/**
 * Asks identity-service who a username is, as the signed-in user whose request is being served (their
 * access token is relayed). Practitioners found are remembered for a short while, so that a page of
 * changes does not ask once per change; nobody found is asked again next time.
 */
class IdentityServiceDirectory implements PractitionerDirectory, TeamRoster {

    private static final Logger log = LoggerFactory.getLogger(IdentityServiceDirectory.class);
    private static final int MOST_REMEMBERED = 1_000;

    private final RestClient identityService;
    private final Duration remembered;
    private final Clock clock;
    private final Map<String, Found> found = new ConcurrentHashMap<>();
    private final Map<String, Team> teams = new ConcurrentHashMap<>();

    IdentityServiceDirectory(RestClient identityService, Duration remembered, Clock clock) {
        this.identityService = identityService;
        this.remembered = remembered;
        this.clock = clock;
    }

    @Override
    public Optional<Practitioner> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String key = username.strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        Found known = found.get(key);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.practitioner());
        }
        Optional<Practitioner> answer = ask(key);
        answer.ifPresentOrElse(
                practitioner -> remember(key, new Found(practitioner, now.plus(remembered)), now),
                () -> found.remove(key));
        return answer;
    }

    /** A team's members, remembered like practitioners: a manager paging through their team asks once. */
    @Override
    public List<Practitioner> members(AgencyId agency, String team) {
        String key = agency.value() + "/" + team;
        Instant now = clock.instant();
        Team known = teams.get(key);
        if (known != null && known.until().isAfter(now)) {
            return known.members();
        }
        List<Practitioner> members = askTeam(team).stream()
                .flatMap(entry -> entry.toPractitioner().stream())
                .filter(member -> member.agency().equals(agency))
                .toList();
        if (teams.size() >= MOST_REMEMBERED) {
            teams.clear();
        }
        teams.put(key, new Team(members, now.plus(remembered)));
        return members;
    }

    private List<Entry> askTeam(String team) {
        String token = accessToken();
        try {
            Entry[] entries = identityService
                    .get()
                    .uri(uri -> uri.path("/api/directory/practitioners")
                            .queryParam("team", "{team}")
                            .build(team))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .retrieve()
                    .body(Entry[].class);
            return entries == null ? List.of() : List.of(entries);
        } catch (HttpClientErrorException refused) {
            log.warn("The staff directory refused a team look-up: {}", refused.getStatusCode());
            throw unavailable(refused);
        } catch (RestClientException down) {
            log.warn(
                    "The staff directory could not be asked: {}",
                    down.getClass().getSimpleName());
            throw unavailable(down);
        }
    }

    private Optional<Practitioner> ask(String username) {
        String token = accessToken();
        try {
            Entry entry = identityService
                    .get()
                    .uri("/api/directory/practitioners/{username}", username)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .retrieve()
                    .body(Entry.class);
            return Optional.ofNullable(entry).flatMap(Entry::toPractitioner);
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        } catch (HttpClientErrorException refused) {
            log.warn("The staff directory refused a look-up: {}", refused.getStatusCode());
            throw unavailable(refused);
        } catch (RestClientException down) {
            log.warn(
                    "The staff directory could not be asked: {}",
                    down.getClass().getSimpleName());
            throw unavailable(down);
        }
    }

    private void remember(String key, Found practitioner, Instant now) {
        if (found.size() >= MOST_REMEMBERED) {
            found.values().removeIf(entry -> !entry.until().isAfter(now));
            if (found.size() >= MOST_REMEMBERED) {
                found.clear();
            }
        }
        found.put(key, practitioner);
    }

    private static String accessToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new DirectoryUnavailable("The staff directory is asked only for a signed-in user", null);
    }

    private static DirectoryUnavailable unavailable(Exception cause) {
        return new DirectoryUnavailable("The staff directory is not available", cause);
    }

    /** A team's members remembered until a moment. */
    private record Team(List<Practitioner> members, Instant until) {}

    /** A practitioner remembered until a moment. */
    private record Found(Practitioner practitioner, Instant until) {}

    /** identity-service's answer. */
    record Entry(
            String username,
            String displayName,
            String agencyId,
            String agencyName,
            String agencyKind,
            List<String> roles) {

        /** Nobody case-service could act for (no agency, or an agency of a kind it does not know) is nobody. */
        Optional<Practitioner> toPractitioner() {
            if (username == null || agencyId == null || agencyId.isBlank() || agencyKind == null) {
                return Optional.empty();
            }
            AgencyKind kind;
            try {
                kind = AgencyKind.valueOf(agencyKind);
            } catch (IllegalArgumentException unknownKind) {
                return Optional.empty();
            }
            Set<Role> known = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (roles != null && roles.contains(role.name())) {
                    known.add(role);
                }
            }
            return Optional.of(new Practitioner(
                    username,
                    displayName != null ? displayName : username,
                    new AgencyId(agencyId),
                    agencyName != null ? agencyName : agencyId,
                    kind,
                    known));
        }
    }
}
