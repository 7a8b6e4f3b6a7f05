package vn.hotline1022.gateway.auth;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Opaque refresh tokens, stored only as their SHA-256 (a stolen database dump cannot be replayed). Each use deletes
 * the token (rotation), so a refresh token works once.
 */
@Component
public class RefreshTokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final MongoCollection<Document> tokens;

    RefreshTokenStore(MongoDatabase database) {
        this.tokens = database.getCollection("refreshTokens");
    }

    public String issue(String username, Instant expiresAt) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        tokens.insertOne(new Document("_id", hash(token)).append("username", username)
                .append("expiresAt", Date.from(expiresAt)));
        return token;
    }

    /** @return the username when the token is known and not expired; the token is gone afterwards either way */
    public Optional<String> consume(String token, Instant now) {
        Document found = tokens.findOneAndDelete(Filters.eq("_id", hash(token)));
        if (found == null || found.getDate("expiresAt").toInstant().isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(found.getString("username"));
    }

    public void revokeAll(String username) {
        tokens.deleteMany(Filters.eq("username", username));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
