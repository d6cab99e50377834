package uk.joinedup.webui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * case-service as web-ui's pages meet it over HTTP: each answer is set by method and path (query left out), and
 * every request is kept to be looked at. A request nothing answers gets a 404 problem. Shared by the page tests.
 */
public final class StubCaseService {

    /** A request case-service received. */
    public record Received(
            String method, String path, String query, String contentType, String authorization, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Answer(int status, String contentType, String body, String disposition) {

        Answer(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StubCaseService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets every answer and request. */
    public void reset() {
        answers.clear();
        received.clear();
    }

    /** Answers {@code method path} with JSON. */
    public StubCaseService json(String method, String path, int status, String json) {
        answers.put(
                method + " " + path,
                new Answer(status, status >= 400 ? "application/problem+json" : "application/json", json));
        return this;
    }

    /** Answers {@code GET path} with CSV under a file name. */
    public StubCaseService csv(String path, String fileName, String csv) {
        answers.put("GET " + path, new Answer(200, "text/csv", csv, "attachment; filename=\"" + fileName + "\""));
        return this;
    }

    /** Answers {@code method path} with a status and no body. */
    public StubCaseService status(String method, String path, int status) {
        answers.put(method + " " + path, new Answer(status, null, ""));
        return this;
    }

    public List<Received> received(String method, String path) {
        return received.stream()
                .filter(one -> one.method().equals(method) && one.path().equals(path))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body));
        Answer answer = answers.getOrDefault(
                exchange.getRequestMethod() + " " + path,
                new Answer(404, "application/problem+json", "{\"status\":404,\"detail\":\"Not found\"}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        if (answer.disposition() != null) {
            exchange.getResponseHeaders().set("Content-Disposition", answer.disposition());
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
