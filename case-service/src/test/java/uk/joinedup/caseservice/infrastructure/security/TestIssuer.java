package uk.joinedup.caseservice.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.Role;

/**
 * A stand-in for identity-service in case-service tests: it serves a JWK set over real HTTP and signs
 * access tokens with the header and claims identity-service puts in them ({@link #accessToken}), so the
 * real resource-server validation runs, and ID tokens and other near misses that case-service must
 * refuse; and it serves the staff directory ({@code /api/directory/practitioners/{username}}, {@code
 * /api/directory/practitioners?team=},
 * {@code /api/directory/agencies}) from {@link Actors#all()}, only to requests that carry a token it
 * signed, as identity-service does. The end-to-end tests in web-ui use the real identity-service.
 */
public final class TestIssuer {

    public static final String ISSUER = "http://issuer.test";
    /** The client identity-service issues tokens to, and so their audience: web-ui. */
    public static final String CLIENT = "joinedup-web";

    private static final TestIssuer INSTANCE = new TestIssuer();

    private final RSAKey key;
    private final String jwkSetUri;
    private final String directoryUrl;
    private final AtomicBoolean directoryDown = new AtomicBoolean();
    private final AtomicInteger directoryLookUps = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.createContext("/api/directory/", exchange -> {
                try {
                    int status;
                    byte[] body;
                    if (directoryDown.get()) {
                        status = 503;
                        body = new byte[0];
                    } else if (!signedHere(exchange.getRequestHeaders().getFirst("Authorization"))) {
                        status = 401;
                        body = new byte[0];
                    } else {
                        Object answer = directory(
                                exchange.getRequestURI().getPath(),
                                exchange.getRequestURI().getQuery());
                        status = answer == null ? 404 : 200;
                        body = answer == null ? new byte[0] : json.writeValueAsBytes(answer);
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                    if (body.length > 0) {
                        exchange.getResponseBody().write(body);
                    }
                } finally {
                    exchange.close();
                }
            });
            server.start();
            jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
            directoryUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestIssuer::jwkSetUri);
        registry.add("joinedup.directory.url", () -> INSTANCE.directoryUrl);
    }

    /** Makes the stand-in directory answer 503 (down) or answer again. */
    public static void directoryDown(boolean down) {
        INSTANCE.directoryDown.set(down);
    }

    /** How many practitioners the stand-in directory has been asked for. */
    public static int directoryLookUps() {
        return INSTANCE.directoryLookUps.get();
    }

    /** Only a token signed here opens the directory, as identity-service accepts only its own. */
    private boolean signedHere(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            return SignedJWT.parse(authorization.substring("Bearer ".length()))
                    .verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    /** The directory's answer to a path, as identity-service gives it; null for nobody. */
    private Object directory(String path, String query) {
        if (path.equals("/api/directory/practitioners") && query != null && query.startsWith("team=")) {
            String team = query.substring("team=".length());
            return Actors.all().stream()
                    .filter(actor -> team.equals(actor.team()))
                    .map(TestIssuer::practitioner)
                    .toList();
        }
        if (path.equals("/api/directory/agencies")) {
            Map<String, Map<String, String>> agencies = new LinkedHashMap<>();
            Actors.all()
                    .forEach(actor -> agencies.putIfAbsent(
                            actor.agency().value(),
                            Map.of(
                                    "id", actor.agency().value(),
                                    "name", actor.agencyName(),
                                    "kind", actor.agencyKind().name())));
            return List.copyOf(agencies.values());
        }
        String prefix = "/api/directory/practitioners/";
        if (!path.startsWith(prefix)) {
            return null;
        }
        directoryLookUps.incrementAndGet();
        String username = path.substring(prefix.length());
        return Actors.all().stream()
                .filter(actor -> actor.userId().equals(username))
                .findFirst()
                .map(TestIssuer::practitioner)
                .orElse(null);
    }

    private static Map<String, Object> practitioner(Actor actor) {
        Map<String, Object> practitioner = new LinkedHashMap<>();
        practitioner.put("username", actor.userId());
        practitioner.put("displayName", actor.name());
        practitioner.put("agencyId", actor.agency().value());
        practitioner.put("agencyName", actor.agencyName());
        practitioner.put("agencyKind", actor.agencyKind().name());
        practitioner.put(
                "roles", actor.roles().stream().map(Role::name).sorted().toList());
        practitioner.put("job", "Practitioner");
        practitioner.put("teamId", actor.team());
        return practitioner;
    }

    public static String jwkSetUri() {
        return INSTANCE.jwkSetUri;
    }

    /** A valid access token for the actor, as identity-service issues them. */
    public static String tokenFor(Actor actor) {
        return accessToken(actor).sign();
    }

    /** A token that is right in every respect but its issuer. */
    public static String tokenFromAnotherIssuer(Actor actor) {
        return accessToken(actor).issuer("http://elsewhere.test").sign();
    }

    /** An access token right in every respect but its scope, which is only this. */
    public static String tokenWithScope(Actor actor, String scope) {
        return accessToken(actor).scope(scope).sign();
    }

    /**
     * An OpenID Connect ID token for the actor, signed with the same key and naming the same issuer and
     * audience, as identity-service signs them: type {@code JWT}, no scope, valid for 30 minutes. It
     * carries the agency and roles, as ID tokens did before access tokens were told apart, so that only
     * its being an ID token can refuse it.
     */
    public static String idTokenFor(Actor actor) {
        return accessToken(actor)
                .type("JWT")
                .without("scope")
                .without("client_id")
                .claim("azp", CLIENT)
                .claim("auth_time", Date.from(Instant.now()))
                .claim("sid", "a-session")
                .lifetime(Duration.ofMinutes(30))
                .sign();
    }

    /**
     * An access token for the actor as identity-service issues them (RFC 9068): header {@code typ:
     * at+jwt}; {@code iss}, {@code sub}, {@code aud}, {@code client_id}, {@code iat}, {@code nbf},
     * {@code exp} (5 minutes on), {@code jti}, {@code scope} (space-separated, with {@code case-service});
     * and JoinedUp's {@code name}, {@code agency}, {@code agency_name}, {@code agency_kind}, {@code team}
     * (when the actor has one) and {@code roles}. Change one thing, then {@link Token#sign()}.
     */
    public static Token accessToken(Actor actor) {
        Instant now = Instant.now();
        Token token = new Token()
                .claim("iss", ISSUER)
                .claim("sub", actor.userId())
                .claim("aud", List.of(CLIENT))
                .claim("client_id", CLIENT)
                .claim("iat", Date.from(now))
                .claim("nbf", Date.from(now))
                .claim("jti", UUID.randomUUID().toString())
                .claim("scope", "openid profile case-service")
                .claim("name", actor.name())
                .claim("agency", actor.agency().value())
                .claim("agency_name", actor.agencyName())
                .claim("agency_kind", actor.agencyKind().name())
                .claim("roles", actor.roles().stream().map(Role::name).sorted().toList())
                .lifetime(Duration.ofMinutes(5));
        return actor.team() == null ? token : token.claim("team", actor.team());
    }

    /** A token being minted: what identity-service would sign, until a test changes one thing. */
    public static final class Token {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private JOSEObjectType type = new JOSEObjectType("at+jwt");

        private Token() {}

        /** The header's {@code typ}; null for none. */
        public Token type(String type) {
            this.type = type == null ? null : new JOSEObjectType(type);
            return this;
        }

        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Token without(String claim) {
            claims.remove(claim);
            return this;
        }

        public Token issuer(String issuer) {
            return claim("iss", issuer);
        }

        public Token audience(String audience) {
            return claim("aud", List.of(audience));
        }

        public Token scope(String scope) {
            return claim("scope", scope);
        }

        /** Expires this long after it was issued. */
        public Token lifetime(Duration lifetime) {
            return claim("exp", Date.from(((Date) claims.get("iat")).toInstant().plus(lifetime)));
        }

        public String sign() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
            claims.forEach(set::claim);
            try {
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .type(type)
                                .keyID(INSTANCE.key.getKeyID())
                                .build(),
                        set.build());
                jwt.sign(new RSASSASigner(INSTANCE.key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
