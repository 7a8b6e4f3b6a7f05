package vn.hotline1022.gateway.auth;

import vn.hotline1022.support.mongo.Inserts;
import vn.hotline1022.access.Role;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Users in the gateway's own database (collection {@code users}, username is the id). Blocking: call off the loop. */
@Component
public class UserStore {

    private final MongoCollection<Document> users;

    UserStore(MongoDatabase database) {
        this.users = database.getCollection("users");
        users.createIndex(Indexes.ascending("demo"), new IndexOptions().name("demo"));
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.find(Filters.eq("_id", username)).first()).map(UserStore::fromDocument);
    }

    /** @return false when the username is taken */
    public boolean insert(UserAccount user) {
        return Inserts.ifAbsent(users, toDocument(user));
    }

    public void replace(UserAccount user) {
        users.replaceOne(Filters.eq("_id", user.username()), toDocument(user));
    }

    public boolean delete(String username) {
        return users.deleteOne(Filters.eq("_id", username)).getDeletedCount() == 1;
    }

    public List<UserAccount> list() {
        return users.find().sort(Sorts.ascending("_id")).map(UserStore::fromDocument).into(new ArrayList<>());
    }

    public long countDemo() {
        return users.countDocuments(Filters.eq("demo", true));
    }

    static Document toDocument(UserAccount u) {
        return new Document("_id", u.username()).append("displayName", u.displayName())
                .append("passwordHash", u.passwordHash())
                .append("roles", u.roles().stream().map(Enum::name).sorted().toList())
                .append("unitCode", u.unitCode()).append("enabled", u.enabled()).append("demo", u.demo())
                .append("createdAt", Date.from(u.createdAt())).append("mustChangePassword", u.mustChangePassword());
    }

    static UserAccount fromDocument(Document d) {
        List<String> roleNames = d.getList("roles", String.class, List.of());
        Set<Role> roles = roleNames.isEmpty() ? EnumSet.noneOf(Role.class)
                : roleNames.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Date created = d.getDate("createdAt");
        return new UserAccount(d.getString("_id"), d.getString("displayName"), d.getString("passwordHash"),
                Set.copyOf(roles), d.getString("unitCode"), d.getBoolean("enabled", true), d.getBoolean("demo", false),
                created == null ? Instant.EPOCH : created.toInstant(), d.getBoolean("mustChangePassword", false));
    }
}
