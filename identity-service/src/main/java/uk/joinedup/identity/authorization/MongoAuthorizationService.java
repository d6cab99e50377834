package uk.joinedup.identity.authorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.jackson2.SecurityJackson2Modules;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.jackson2.OAuth2AuthorizationServerJackson2Module;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.Role;

/**
 * Spring Authorization Server's authorizations (codes, access, refresh and ID tokens) in MongoDB,
 * committed on every save, so that they survive a restart and can be revoked: by user (deactivation,
 * signing out everywhere) or by sign-in session. Every read is an {@code _id} lookup: {@code
 * authorizations} by id, {@code authorization_tokens} from the SHA-256 of a token's value to its
 * authorization, {@code user_authorizations} from a username to its authorizations and their sessions.
 * A token no longer in its authorization (a rotated refresh token) finds nothing, except an ID token
 * replaced at a refresh: it still names its sign-in, as a sign-out hint.
 */
@Component
public class MongoAuthorizationService implements OAuth2AuthorizationService {

    private static final String PRINCIPAL = Principal.class.getName();
    private static final String ID_TOKEN = "id_token";
    private static final List<Class<? extends org.springframework.security.oauth2.core.OAuth2Token>> KINDS = List.of(
            OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class, OidcIdToken.class);

    private final MongoCollection<Document> authorizations;
    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> byUser;
    private final RegisteredClientRepository clients;
    private final Durability durability;
    private final ObjectMapper json = new ObjectMapper();

    MongoAuthorizationService(MongoDatabase database, RegisteredClientRepository clients, Durability durability) {
        this.authorizations = database.getCollection("authorizations");
        this.tokens = database.getCollection("authorization_tokens");
        this.byUser = database.getCollection("user_authorizations");
        this.clients = clients;
        this.durability = durability;
        ClassLoader classLoader = MongoAuthorizationService.class.getClassLoader();
        json.registerModules(SecurityJackson2Modules.getModules(classLoader));
        json.registerModule(new OAuth2AuthorizationServerJackson2Module());
    }

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        Document previous = authorizations.find(byId(authorization.getId())).first();
        Set<String> keys = new HashSet<>();
        Set<String> idTokenKeys = new HashSet<>();
        if (previous != null) {
            idTokenKeys.addAll(previous.getList("idTokenKeys", String.class, List.of()));
        }
        Document document = document(authorization, keys, idTokenKeys);
        authorizations.replaceOne(byId(authorization.getId()), document, new ReplaceOptions().upsert(true));
        for (String key : keys) {
            tokens.replaceOne(
                    byId(key),
                    new Document("_id", key)
                            .append("authorizationId", authorization.getId())
                            .append("idToken", idTokenKeys.contains(key)),
                    new ReplaceOptions().upsert(true));
        }
        if (previous != null) {
            for (String stale : previous.getList("tokenKeys", String.class, List.of())) {
                if (!keys.contains(stale) && !idTokenKeys.contains(stale)) {
                    tokens.deleteOne(byId(stale));
                }
            }
        }
        String sid = sid(authorization);
        byUser.updateOne(
                byId(authorization.getPrincipalName()),
                new Document("$pull", new Document("entries", new Document("id", authorization.getId()))),
                new UpdateOptions().upsert(true));
        byUser.updateOne(
                byId(authorization.getPrincipalName()),
                new Document(
                        "$push",
                        new Document("entries", new Document("id", authorization.getId()).append("sid", sid))));
        if (previous == null) {
            pruneExpired(authorization.getPrincipalName(), authorization.getId());
        }
        durability.commit();
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        removeById(authorization.getId());
        durability.commit();
    }

    @Override
    public OAuth2Authorization findById(String id) {
        Document found = authorizations.find(byId(id)).first();
        return found == null ? null : authorization(found);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (token == null) {
            return null;
        }
        Document index = tokens.find(byId(key(token))).first();
        if (index == null) {
            return null;
        }
        OAuth2Authorization authorization = findById(index.getString("authorizationId"));
        if (authorization == null) {
            return null;
        }
        if (index.getBoolean("idToken", false) && (tokenType == null || ID_TOKEN.equals(tokenType.getValue()))) {
            return authorization; // an earlier ID token of this sign-in, before a refresh: still names it
        }
        OAuth2Authorization.Token<?> found = authorization.getToken(token);
        if (found == null) {
            return null;
        }
        if (tokenType == null) {
            return authorization;
        }
        if (OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return found.getToken() instanceof OAuth2AccessToken ? authorization : null;
        }
        if (OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
            return found.getToken() instanceof OAuth2RefreshToken ? authorization : null;
        }
        if ("code".equals(tokenType.getValue())) {
            return found.getToken() instanceof OAuth2AuthorizationCode ? authorization : null;
        }
        if (ID_TOKEN.equals(tokenType.getValue())) {
            return found.getToken() instanceof OidcIdToken ? authorization : null;
        }
        return null;
    }

    /**
     * When each of a user's sign-in sessions last had a token issued (web-ui refreshes its access token
     * every few minutes while the user is active), by {@code sid}.
     */
    public Map<String, Instant> lastTokenIssued(String username) {
        Document index = byUser.find(byId(username)).first();
        Map<String, Instant> latest = new HashMap<>();
        if (index == null) {
            return latest;
        }
        for (Document entry : index.getList("entries", Document.class, List.of())) {
            Document found = authorizations.find(byId(entry.getString("id"))).first();
            String sid = entry.getString("sid");
            if (found == null || sid == null) {
                continue;
            }
            Document access =
                    found.get("tokens", Document.class).get(OAuth2AccessToken.class.getSimpleName(), Document.class);
            Instant issued = access == null ? null : instant(access, "issuedAt");
            if (issued != null) {
                latest.merge(sid, issued, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return latest;
    }

    /** Revokes every authorization of a user: their refresh tokens stop working at once. */
    public synchronized int revokeAll(String username) {
        return revoke(username, null);
    }

    /** Revokes the authorizations made in one sign-in session (and any whose session is unknown). */
    public synchronized int revokeSession(String username, String sid) {
        return revoke(username, Objects.requireNonNull(sid));
    }

    private int revoke(String username, String sid) {
        Document index = byUser.find(byId(username)).first();
        if (index == null) {
            return 0;
        }
        int revoked = 0;
        for (Document entry : index.getList("entries", Document.class, List.of())) {
            String entrySid = entry.getString("sid");
            if (sid == null || entrySid == null || sid.equals(entrySid)) {
                removeById(entry.getString("id"));
                revoked++;
            }
        }
        durability.commit();
        return revoked;
    }

    private void removeById(String id) {
        Document found = authorizations.find(byId(id)).first();
        if (found == null) {
            return;
        }
        for (String key : found.getList("tokenKeys", String.class, List.of())) {
            tokens.deleteOne(byId(key));
        }
        for (String key : found.getList("idTokenKeys", String.class, List.of())) {
            tokens.deleteOne(byId(key));
        }
        authorizations.deleteOne(byId(id));
        byUser.updateOne(
                byId(found.getString("principalName")),
                new Document("$pull", new Document("entries", new Document("id", id))));
    }

    private static String sid(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
        if (idToken != null && idToken.getToken().getClaims().get("sid") instanceof String sid) {
            return sid;
        }
        Object principal = authorization.getAttribute(PRINCIPAL);
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof DirectoryUser user) {
            return user.sid();
        }
        return null;
    }

    private Document document(OAuth2Authorization authorization, Set<String> keys, Set<String> idTokenKeys) {
        Map<String, Object> attributes = new HashMap<>(authorization.getAttributes());
        Object principal = attributes.remove(PRINCIPAL);
        Document tokensDocument = new Document();
        for (Class<? extends org.springframework.security.oauth2.core.OAuth2Token> kind : KINDS) {
            OAuth2Authorization.Token<? extends org.springframework.security.oauth2.core.OAuth2Token> token =
                    authorization.getToken(kind);
            if (token != null) {
                String key = key(token.getToken().getTokenValue());
                keys.add(key);
                if (kind == OidcIdToken.class) {
                    idTokenKeys.add(key);
                }
                tokensDocument.append(kind.getSimpleName(), token(token));
            }
        }
        return new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("grantType", authorization.getAuthorizationGrantType().getValue())
                .append("scopes", new ArrayList<>(authorization.getAuthorizedScopes()))
                .append("principal", principal(principal))
                .append("attributes", write(attributes))
                .append("tokens", tokensDocument)
                .append("tokenKeys", new ArrayList<>(keys))
                .append("idTokenKeys", new ArrayList<>(idTokenKeys))
                .append("expiresAt", date(latestExpiry(authorization)));
    }

    private static Instant latestExpiry(OAuth2Authorization authorization) {
        Instant latest = null;
        for (Class<? extends org.springframework.security.oauth2.core.OAuth2Token> kind : KINDS) {
            OAuth2Authorization.Token<? extends org.springframework.security.oauth2.core.OAuth2Token> token =
                    authorization.getToken(kind);
            Instant expiresAt = token == null ? null : token.getToken().getExpiresAt();
            if (expiresAt != null && (latest == null || expiresAt.isAfter(latest))) {
                latest = expiresAt;
            }
        }
        return latest;
    }

    /** Forgets a user's authorizations whose every token expired more than a day ago. */
    private void pruneExpired(String username, String keep) {
        Document index = byUser.find(byId(username)).first();
        if (index == null) {
            return;
        }
        Instant cutoff = Instant.now().minusSeconds(86_400);
        for (Document entry : index.getList("entries", Document.class, List.of())) {
            String id = entry.getString("id");
            if (id.equals(keep)) {
                continue;
            }
            Document found = authorizations.find(byId(id)).first();
            Date expiresAt = found == null ? null : found.getDate("expiresAt");
            if (found == null || (expiresAt != null && expiresAt.toInstant().isBefore(cutoff))) {
                removeById(id);
                byUser.updateOne(
                        byId(username), new Document("$pull", new Document("entries", new Document("id", id))));
            }
        }
    }

    private Document token(
            OAuth2Authorization.Token<? extends org.springframework.security.oauth2.core.OAuth2Token> token) {
        org.springframework.security.oauth2.core.OAuth2Token value = token.getToken();
        Document document = new Document("value", value.getTokenValue())
                .append("issuedAt", date(value.getIssuedAt()))
                .append("expiresAt", date(value.getExpiresAt()))
                .append("metadata", write(token.getMetadata()));
        if (value instanceof OAuth2AccessToken access) {
            document.append("tokenType", access.getTokenType().getValue())
                    .append("scopes", new ArrayList<>(access.getScopes()));
        }
        return document;
    }

    private static Document principal(Object principal) {
        if (!(principal instanceof Authentication authentication)) {
            return null;
        }
        Document document = new Document("name", authentication.getName());
        if (authentication.getPrincipal() instanceof DirectoryUser user) {
            document.append("roles", user.roleNames())
                    .append("signedInAt", date(user.signedInAt()))
                    .append("sid", user.sid());
        }
        return document;
    }

    private OAuth2Authorization authorization(Document found) {
        RegisteredClient client = clients.findById(found.getString("registeredClientId"));
        if (client == null) {
            return null;
        }
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(found.getString("_id"))
                .principalName(found.getString("principalName"))
                .authorizationGrantType(new org.springframework.security.oauth2.core.AuthorizationGrantType(
                        found.getString("grantType")))
                .authorizedScopes(new HashSet<>(found.getList("scopes", String.class, List.of())))
                .attributes(attributes -> attributes.putAll(read(found.getString("attributes"))));
        Document principal = found.get("principal", Document.class);
        if (principal != null) {
            builder.attribute(PRINCIPAL, authentication(principal));
        }
        Document stored = found.get("tokens", Document.class);
        Document code = stored.get(OAuth2AuthorizationCode.class.getSimpleName(), Document.class);
        if (code != null) {
            builder.token(
                    new OAuth2AuthorizationCode(
                            code.getString("value"), instant(code, "issuedAt"), instant(code, "expiresAt")),
                    metadata -> metadata.putAll(read(code.getString("metadata"))));
        }
        Document access = stored.get(OAuth2AccessToken.class.getSimpleName(), Document.class);
        if (access != null) {
            builder.token(
                    new OAuth2AccessToken(
                            OAuth2AccessToken.TokenType.BEARER,
                            access.getString("value"),
                            instant(access, "issuedAt"),
                            instant(access, "expiresAt"),
                            new HashSet<>(access.getList("scopes", String.class, List.of()))),
                    metadata -> metadata.putAll(read(access.getString("metadata"))));
        }
        Document refresh = stored.get(OAuth2RefreshToken.class.getSimpleName(), Document.class);
        if (refresh != null) {
            builder.token(
                    new OAuth2RefreshToken(
                            refresh.getString("value"), instant(refresh, "issuedAt"), instant(refresh, "expiresAt")),
                    metadata -> metadata.putAll(read(refresh.getString("metadata"))));
        }
        Document id = stored.get(OidcIdToken.class.getSimpleName(), Document.class);
        if (id != null) {
            Map<String, Object> metadata = read(id.getString("metadata"));
            @SuppressWarnings("unchecked")
            Map<String, Object> claims =
                    (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME);
            builder.token(
                    new OidcIdToken(id.getString("value"), instant(id, "issuedAt"), instant(id, "expiresAt"), claims),
                    stored2 -> stored2.putAll(metadata));
        }
        return builder.build();
    }

    private static Authentication authentication(Document principal) {
        List<Role> roles = principal.getList("roles", String.class, List.of()).stream()
                .flatMap(name -> Role.named(name).stream())
                .toList();
        Date signedInAt = principal.getDate("signedInAt");
        DirectoryUser user = new DirectoryUser(
                principal.getString("name"),
                roles,
                signedInAt == null ? Instant.EPOCH : signedInAt.toInstant(),
                principal.getString("sid"));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private String write(Map<String, Object> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store an authorization's data", e);
        }
    }

    private Map<String, Object> read(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read an authorization's data", e);
        }
    }

    static String key(String tokenValue) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(tokenValue.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
