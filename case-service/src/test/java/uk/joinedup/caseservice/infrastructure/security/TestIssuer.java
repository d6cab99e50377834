package uk.joinedup.caseservice.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
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
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.Role;

/**
 * A stand-in for identity-service in case-service tests: it serves a JWK set over real HTTP and signs
 * access tokens with the claims identity-service puts in them, so the real resource-server
 * validation runs; and it serves the staff directory ({@code /api/directory/practitioners/{username}},
 * {@code /api/directory/agencies}) from {@link Actors#all()}, only to requests that carry a token it
 * signed, as identity-service does. The end-to-end tests in web-ui use the real identity-service.
 */
public final class TestIssuer {

    public static final String ISSUER = "http://issuer.test";
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
                        Object answer = directory(exchange.getRequestURI().getPath());
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
    private Object directory(String path) {
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
                .map(actor -> Map.of(
                        "username", actor.userId(),
                        "displayName", actor.name(),
                        "agencyId", actor.agency().value(),
                        "agencyName", actor.agencyName(),
                        "agencyKind", actor.agencyKind().name(),
                        "roles", actor.roles().stream().map(Role::name).sorted().toList(),
                        "job", "Practitioner"))
                .orElse(null);
    }

    public static String jwkSetUri() {
        return INSTANCE.jwkSetUri;
    }

    /** A valid access token for the actor. */
    public static String tokenFor(Actor actor) {
        return sign(claimsFor(actor).issuer(ISSUER).build());
    }

    /** A token that is right in every respect but its issuer. */
    public static String tokenFromAnotherIssuer(Actor actor) {
        return sign(claimsFor(actor).issuer("http://elsewhere.test").build());
    }

    private static JWTClaimsSet.Builder claimsFor(Actor actor) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(actor.userId())
                .audience("joinedup-web")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("name", actor.name())
                .claim("agency", actor.agency().value())
                .claim("agency_name", actor.agencyName())
                .claim("agency_kind", actor.agencyKind().name())
                .claim("roles", actor.roles().stream().map(Role::name).toList());
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(INSTANCE.key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(INSTANCE.key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
