package uk.joinedup.caseservice.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;

class ActorArgumentResolverTest {

    @Test
    void readsTheActorFromTheClaims() {
        Actor actor = ActorArgumentResolver.actorOf(token(claims -> {}));

        assertThat(actor)
                .isEqualTo(new Actor(
                        "sam.patel",
                        "Sam Patel",
                        new AgencyId("southampton-early-help"),
                        "Southampton City Council Early Help",
                        AgencyKind.EARLY_HELP,
                        Set.of(Role.KEYWORKER, Role.AGENCY_ADMIN),
                        "early-help-central"));
    }

    @Test
    void readsNoTeamWhenTheTokenNamesNone() {
        assertThat(ActorArgumentResolver.actorOf(token(claims -> claims.remove("team")))
                        .team())
                .isNull();
    }

    @Test
    void ignoresRolesItDoesNotKnow() {
        assertThat(ActorArgumentResolver.actorOf(token(claims -> claims.put("roles", List.of("ADMIN", "KEYWORKER"))))
                        .roles())
                .containsExactly(Role.KEYWORKER);
    }

    @Test
    void refusesATokenThatNamesNoAgency() {
        assertThatThrownBy(() -> ActorArgumentResolver.actorOf(token(claims -> claims.remove("agency"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Jwt token(Consumer<Map<String, Object>> change) {
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .header("typ", "at+jwt")
                .subject("sam.patel")
                .issuedAt(Instant.now())
                .claim("name", "Sam Patel")
                .claim("agency", "southampton-early-help")
                .claim("agency_name", "Southampton City Council Early Help")
                .claim("agency_kind", "EARLY_HELP")
                .claim("team", "early-help-central")
                .claim("roles", List.of("KEYWORKER", "AGENCY_ADMIN", "SOMETHING_ELSE"))
                .claims(change)
                .build();
    }
}
