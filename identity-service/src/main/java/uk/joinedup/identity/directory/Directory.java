package uk.joinedup.identity.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Agencies, teams and users, each looked up by {@code _id}; every write is committed before it is
 * acknowledged to the caller.
 */
@Component
public class Directory {

    private final MongoCollection<Document> agencies;
    private final MongoCollection<Document> teams;
    private final MongoCollection<Document> users;
    private final Durability durability;

    Directory(MongoDatabase database, Durability durability) {
        this.agencies = database.getCollection("agencies");
        this.teams = database.getCollection("teams");
        this.users = database.getCollection("users");
        this.durability = durability;
    }

    public boolean isEmpty() {
        return agencies.find().limit(1).first() == null && users.find().limit(1).first() == null;
    }

    public Optional<Agency> agency(String id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(agencies.find(byId(id)).first()).map(Directory::agencyOf);
    }

    /** Every agency: a directory holds tens of them, so they are read whole. */
    public List<Agency> agencies() {
        return agencies.find().map(Directory::agencyOf).into(new ArrayList<>());
    }

    public Optional<Team> team(String id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(teams.find(byId(id)).first()).map(Directory::teamOf);
    }

    /** Every team: a directory holds tens or hundreds, so they are read whole. */
    public List<Team> teams() {
        return teams.find().map(Directory::teamOf).into(new ArrayList<>());
    }

    public Optional<UserAccount> user(String username) {
        return Optional.ofNullable(
                        users.find(byId(UserAccount.normalise(username))).first())
                .map(Directory::userOf);
    }

    /** Every user, enabled or not: a directory holds hundreds, so they are read whole. */
    public List<UserAccount> users() {
        return users.find().map(Directory::userOf).into(new ArrayList<>());
    }

    public void save(Agency agency) {
        agencies.replaceOne(
                byId(agency.id()),
                new Document("_id", agency.id()).append("name", agency.name()).append("kind", agency.kind()),
                new ReplaceOptions().upsert(true));
        durability.commit();
    }

    public void save(Team team) {
        teams.replaceOne(
                byId(team.id()),
                new Document("_id", team.id())
                        .append("agencyId", team.agencyId())
                        .append("name", team.name()),
                new ReplaceOptions().upsert(true));
        durability.commit();
    }

    public void save(UserAccount user) {
        users.replaceOne(
                byId(user.username()),
                new Document("_id", user.username())
                        .append("displayName", user.displayName())
                        .append("agencyId", user.agencyId())
                        .append("teamId", user.teamId())
                        .append("roles", user.roleNames())
                        .append("job", user.job())
                        .append("passwordHash", user.passwordHash())
                        .append("enabled", user.enabled()),
                new ReplaceOptions().upsert(true));
        durability.commit();
    }

    private static Agency agencyOf(Document found) {
        return new Agency(found.getString("_id"), found.getString("name"), found.getString("kind"));
    }

    private static Team teamOf(Document found) {
        return new Team(found.getString("_id"), found.getString("agencyId"), found.getString("name"));
    }

    private static UserAccount userOf(Document found) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        found.getList("roles", String.class, List.of())
                .forEach(name -> Role.named(name).ifPresent(roles::add));
        return new UserAccount(
                found.getString("_id"),
                found.getString("displayName"),
                found.getString("agencyId"),
                found.getString("teamId"),
                roles,
                found.getString("job"),
                found.getString("passwordHash"),
                found.getBoolean("enabled", true));
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }
}
