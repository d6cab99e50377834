package uk.joinedup.caseservice.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
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
import java.time.Instant;
import java.util.Date;
import org.springframework.test.context.DynamicPropertyRegistry;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Role;

/**
 * A stand-in for identity-service in case-service tests: it serves a JWK set over real HTTP and signs
 * access tokens with the claims identity-service puts in them, so the real resource-server
 * validation runs. The end-to-end tests in web-ui use the real identity-service.
 */
public final class TestIssuer {

    public static final String ISSUER = "http://issuer.test";
    private static final TestIssuer INSTANCE = new TestIssuer();

    private final RSAKey key;
    private final String jwkSetUri;

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
            server.start();
            jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> INSTANCE.jwkSetUri);
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
