package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.joinedup.caseservice.CaseServiceApplication;

/** case-service as it runs in production on the embedded H2 store, plus the lag probe. */
final class BenchApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static BenchApplication start(Path dataDir, String engine) {
        List<Class<?>> sources = new ArrayList<>(List.of(CaseServiceApplication.class, ProjectionLagProbe.class));
        if (engine.equals(BenchSettings.AXON_MONGO)) {
            sources.add(AxonMongoEngineConfiguration.class);
        }
        String[] arguments = {
            "--joinedup.mongo.in-memory=false",
            "--joinedup.mongo.data-dir=" + dataDir.toAbsolutePath(),
            "--server.port=0",
            "--spring.main.allow-bean-definition-overriding=true",
            "--spring.main.banner-mode=off",
            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://issuer.bench",
            "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://issuer.bench/jwks",
            "--logging.level.root=warn"
        };
        return new BenchApplication(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    @Override
    public void close() {
        context.close();
    }
}
