import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts identity-service, case-service and web-ui from their built jars on the embedded store with
 * demo data, waits until each is ready, prints the address, the demo sign-ins and where to read the demo
 * users' authenticator codes (identity-service's {@code /demo/codes}), and stops all three
 * on Ctrl-C. Run by `./mvnw -Prun` (see README); plain Java, so it needs nothing but the JDK.
 */
public class RunJoinedUp {

    record Service(String name, String portVariable, int port) {}

    private static final List<Process> running = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path dataDir = Path.of(env("DATA_DIR", root.resolve("data").toString()));
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Service identity = service("identity-service", "IDENTITY_PORT", "9000");
        Service cases = service("case-service", "CASE_SERVICE_PORT", "8081");
        Service web = service("web-ui", "WEB_UI_PORT", "8080");
        for (Service service : List.of(identity, cases, web)) {
            requireFree(service);
        }

        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DATA_DIR", dataDir.toString());
        environment.put("DEMO_DATA", env("DEMO_DATA", "true"));
        environment.put("ISSUER_URL", "http://localhost:" + identity.port());
        environment.put("WEB_UI_URL", "http://localhost:" + web.port());
        environment.put("CASE_SERVICE_URL", "http://localhost:" + cases.port());
        environment.put("WEB_CLIENT_SECRET", env("WEB_CLIENT_SECRET", randomSecret()));

        Runtime.getRuntime().addShutdownHook(new Thread(RunJoinedUp::stopAll));
        long started = System.nanoTime();
        System.out.println("Starting JoinedUp on the embedded store in " + dataDir + " (logs in " + logs + ")");
        for (Service service : List.of(identity, cases, web)) {
            start(root, service, environment, logs);
        }
        for (Service service : List.of(identity, cases, web)) {
            awaitReady(service, logs);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        printBanner(root, identity, web, seconds, Boolean.parseBoolean(environment.get("DEMO_DATA")));
        for (Process process : running) {
            process.waitFor();
        }
    }

    private static void start(Path root, Service service, Map<String, String> environment, Path logs)
            throws IOException {
        Path jar = root.resolve(service.name()).resolve("target").resolve(service.name() + ".jar");
        if (!Files.exists(jar)) {
            fail(jar + " is missing. Build first: ./mvnw -Prun builds and starts everything.");
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(service.name() + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(service.port()));
        running.add(builder.start());
        System.out.println("  " + service.name() + " starting on port " + service.port());
    }

    private static void awaitReady(Service service, Path logs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + service.port() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (running.stream().anyMatch(process -> !process.isAlive())) {
                fail("A service stopped during start-up. See the logs in " + logs);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.println("  " + service.name() + " ready");
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail(service.name() + " was not ready after 5 minutes. See " + logs.resolve(service.name() + ".log"));
    }

    private static void printBanner(Path root, Service identity, Service web, long seconds, boolean demoData)
            throws IOException {
        String directory = Files.readString(
                root.resolve("identity-service/src/main/resources/demo/directory.json"));
        Matcher password = Pattern.compile("\"password\":\\s*\"([^\"]+)\"").matcher(directory);
        Matcher user = Pattern.compile(
                        "\"username\":\\s*\"([^\"]+)\",\\s*\"displayName\":\\s*\"([^\"]+)\".*?\"job\":\\s*\"([^\"]+)\"")
                .matcher(directory);
        StringBuilder banner = new StringBuilder()
                .append(System.lineSeparator())
                .append("JoinedUp is ready (").append(seconds).append(" s): http://localhost:").append(web.port())
                .append(System.lineSeparator()).append(System.lineSeparator());
        if (demoData) {
            banner.append("Demo sign-ins (password: ").append(password.find() ? password.group(1) : "?")
                    .append(", then a 6-digit code)").append(System.lineSeparator());
            while (user.find()) {
                banner.append(String.format("  %-12s %-12s %s%n", user.group(1), user.group(2), user.group(3)));
            }
            banner.append(System.lineSeparator())
                    .append("Each demo user's current code (their authenticator app, for the demo): http://localhost:")
                    .append(identity.port()).append("/demo/codes").append(System.lineSeparator())
                    .append(System.lineSeparator());
        }
        banner.append("Press Ctrl-C to stop all three services.");
        System.out.println(banner);
    }

    private static void stopAll() {
        if (running.isEmpty()) {
            return;
        }
        System.out.println("Stopping JoinedUp...");
        running.forEach(Process::destroy);
        for (Process process : running) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.out.println("Stopped.");
    }

    private static void requireFree(Service service) {
        try (ServerSocket ignored = new ServerSocket(service.port())) {
            // free
        } catch (IOException e) {
            fail("Port " + service.port() + " for " + service.name() + " is in use. Stop what uses it, or set "
                    + service.portVariable() + " to another port.");
        }
    }

    private static Service service(String name, String portVariable, String defaultPort) {
        return new Service(name, portVariable, Integer.parseInt(env(portVariable, defaultPort)));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void fail(String message) {
        System.err.println("ERROR: " + message);
        System.exit(1);
    }
}
