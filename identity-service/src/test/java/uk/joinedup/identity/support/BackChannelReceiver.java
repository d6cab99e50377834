package uk.joinedup.identity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Plays web-ui's OIDC back-channel logout endpoint ({@code /logout/connect/back-channel/joinedup}) and
 * keeps the logout tokens it is sent, decoded (the signature is checked by the tests that need it).
 */
public final class BackChannelReceiver {

    private static final List<String> received = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    private BackChannelReceiver() {}

    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/logout/connect/back-channel/joinedup", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                for (String field : body.split("&")) {
                    if (field.startsWith("logout_token=")) {
                        received.add(URLDecoder.decode(field.substring(13), StandardCharsets.UTF_8));
                    }
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The logout tokens received so far, raw. */
    public static List<String> tokens() {
        return List.copyOf(received);
    }

    /** The first logout token whose claims match, waiting up to 5 seconds for it. */
    public static Optional<JsonNode> await(Predicate<JsonNode> claims) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonNode> found =
                    received.stream().map(Jwts::claims).filter(claims).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }
}
