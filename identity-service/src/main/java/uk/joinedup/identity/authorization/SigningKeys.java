package uk.joinedup.identity.authorization;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.util.UUID;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.joinedup.embeddedmongo.Durability;

/**
 * The RSA key tokens are signed with, generated once and kept in the {@code signing_keys} collection
 * so that tokens stay valid across restarts and instances.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

    private static final String CURRENT = "current";

    @Bean
    JWKSource<SecurityContext> jwkSource(MongoDatabase database, Durability durability) {
        MongoCollection<Document> keys = database.getCollection("signing_keys");
        Document stored = keys.find(new Document("_id", CURRENT)).first();
        if (stored == null) {
            try {
                keys.insertOne(
                        new Document("_id", CURRENT).append("jwk", generate().toJSONString()));
                durability.commit();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e; // another instance generated the key first: use theirs
                }
            }
            stored = keys.find(new Document("_id", CURRENT)).first();
        }
        try {
            return new ImmutableJWKSet<>(new JWKSet(RSAKey.parse(stored.getString("jwk"))));
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key cannot be read", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
