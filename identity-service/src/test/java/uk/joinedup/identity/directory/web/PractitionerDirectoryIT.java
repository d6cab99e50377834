package uk.joinedup.identity.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.support.IdentityServiceIT;

/**
 * The practitioner directory over real HTTP and the real security chain, on the embedded store with
 * the demo directory: only access tokens this service signed for web-ui open it.
 */
class PractitionerDirectoryIT extends IdentityServiceIT {

    private static final String ISSUER = "http://localhost:9000";
    private static JWKSource<SecurityContext> someoneElsesKey;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    JWKSource<SecurityContext> signingKeys;

    @Autowired
    Directory directory;

    @BeforeAll
    static void makeAnotherKey() throws Exception {
        someoneElsesKey = new ImmutableJWKSet<>(new JWKSet(new RSAKeyGenerator(2048).generate()));
    }

    @Test
    void refusesARequestWithoutAToken() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        assertThat(get(token(someoneElsesKey, ISSUER, "joinedup-web", true)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenFromAnotherIssuerOrForAnotherAudience() throws Exception {
        assertThat(get(token(signingKeys, "http://elsewhere.test", "joinedup-web", true))
                        .statusCode())
                .isEqualTo(401);
        assertThat(get(token(signingKeys, ISSUER, "another-client", true)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesAnIdTokenWhichHasNoScope() throws Exception {
        assertThat(get(token(signingKeys, ISSUER, "joinedup-web", false)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void listsEnabledPractitionersWithTheirAgencyAndJob() throws Exception {
        directory.save(new UserAccount(
                "pat.gone",
                "Pat Gone",
                "southampton-housing",
                null,
                Set.of(Role.KEYWORKER),
                "Left in 2025",
                "x",
                false));

        HttpResponse<String> response = get(token(signingKeys, ISSUER, "joinedup-web", true));

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> practitioners = StreamSupport.stream(
                        json.readTree(response.body()).spliterator(), false)
                .toList();
        assertThat(practitioners)
                .extracting(practitioner -> practitioner.path("username").asText())
                .contains("sam.patel", "mo.ahmed", "dee.walsh", "lee.morgan")
                .doesNotContain("pat.gone");
        JsonNode mo = practitioners.stream()
                .filter(practitioner -> practitioner.path("username").asText().equals("mo.ahmed"))
                .findFirst()
                .orElseThrow();
        assertThat(mo.path("displayName").asText()).isEqualTo("Mo Ahmed");
        assertThat(mo.path("agencyId").asText()).isEqualTo("southampton-early-help");
        assertThat(mo.path("agencyName").asText()).isEqualTo("Southampton City Council Early Help");
        assertThat(mo.path("agencyKind").asText()).isEqualTo("EARLY_HELP");
        assertThat(mo.path("roles").toString()).isEqualTo("[\"KEYWORKER\",\"TEAM_MANAGER\"]");
        assertThat(mo.path("job").asText()).isEqualTo("Early Help team manager");
        assertThat(mo.path("teamId").asText()).isEqualTo("early-help-central");
        assertThat(mo.has("passwordHash")).isFalse();
        assertThat(practitioners)
                .extracting(practitioner -> practitioner.path("displayName").asText())
                .isSorted();
    }

    @Test
    void listsOneTeamsMembersOnly() throws Exception {
        HttpResponse<String> response = get(
                token(signingKeys, ISSUER, "joinedup-web", true),
                "/api/directory/practitioners?team=early-help-central");

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> members = StreamSupport.stream(
                        json.readTree(response.body()).spliterator(), false)
                .toList();
        assertThat(members)
                .extracting(member -> member.path("username").asText())
                .contains("sam.patel", "mo.ahmed")
                .doesNotContain("jo.carter", "lee.morgan");
        assertThat(members)
                .allSatisfy(member -> assertThat(member.path("teamId").asText()).isEqualTo("early-help-central"));
        assertThat(get(
                                token(signingKeys, ISSUER, "joinedup-web", true),
                                "/api/directory/practitioners?team=no-such-team")
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void findsOnePractitionerByUsernameAndNobodyWhoCannotSignIn() throws Exception {
        directory.save(new UserAccount(
                "pat.left",
                "Pat Left",
                "southampton-housing",
                null,
                Set.of(Role.KEYWORKER),
                "Left in 2025",
                "x",
                false));
        directory.save(new UserAccount(
                "val.nowhere", "Val Nowhere", "no-such-agency", null, Set.of(Role.KEYWORKER), null, "x", true));
        String token = token(signingKeys, ISSUER, "joinedup-web", true);

        HttpResponse<String> ray = get(token, "/api/directory/practitioners/ray.hughes");
        assertThat(ray.statusCode()).isEqualTo(200);
        JsonNode found = json.readTree(ray.body());
        assertThat(found.path("username").asText()).isEqualTo("ray.hughes");
        assertThat(found.path("displayName").asText()).isEqualTo("Ray Hughes");
        assertThat(found.path("agencyId").asText()).isEqualTo("hampshire-police");
        assertThat(found.path("agencyName").asText()).isEqualTo("Hampshire and Isle of Wight Constabulary");
        assertThat(found.path("agencyKind").asText()).isEqualTo("POLICE");
        assertThat(found.path("roles").toString()).isEqualTo("[\"KEYWORKER\"]");
        assertThat(found.has("passwordHash")).isFalse();

        assertThat(get(token, "/api/directory/practitioners/nobody.here").statusCode())
                .isEqualTo(404);
        assertThat(get(token, "/api/directory/practitioners/pat.left").statusCode())
                .as("disabled")
                .isEqualTo(404);
        assertThat(get(token, "/api/directory/practitioners/val.nowhere").statusCode())
                .as("agency unknown")
                .isEqualTo(404);
        assertThat(get(null, "/api/directory/practitioners/ray.hughes").statusCode())
                .isEqualTo(401);
    }

    @Test
    void listsEveryAgencyWithItsKind() throws Exception {
        HttpResponse<String> response =
                get(token(signingKeys, ISSUER, "joinedup-web", true), "/api/directory/agencies");

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> agencies = StreamSupport.stream(
                        json.readTree(response.body()).spliterator(), false)
                .toList();
        assertThat(agencies).anySatisfy(agency -> {
            assertThat(agency.path("id").asText()).isEqualTo("hampshire-police");
            assertThat(agency.path("name").asText()).isEqualTo("Hampshire and Isle of Wight Constabulary");
            assertThat(agency.path("kind").asText()).isEqualTo("POLICE");
        });
        assertThat(agencies).extracting(agency -> agency.path("name").asText()).isSorted();
        assertThat(get(null, "/api/directory/agencies").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String token) throws Exception {
        return get(token, "/api/directory/practitioners");
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token like the ones web-ui relays; an ID token differs by its type and by having no {@code scope}. */
    private static String token(JWKSource<SecurityContext> key, String issuer, String audience, boolean accessToken) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("sam.patel")
                .audience(List.of(audience))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("agency", "southampton-early-help");
        JwsHeader.Builder header = JwsHeader.with(SignatureAlgorithm.RS256);
        if (accessToken) {
            claims.claim("scope", List.of("openid", "profile"));
            header.type("at+jwt");
        }
        return new NimbusJwtEncoder(key)
                .encode(JwtEncoderParameters.from(header.build(), claims.build()))
                .getTokenValue();
    }
}
