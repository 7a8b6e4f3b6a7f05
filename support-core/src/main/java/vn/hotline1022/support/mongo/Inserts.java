package vn.hotline1022.support.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;

/**
 * An insert that may lose a race or meet a redelivery: a unique key already taken is an answer (false), not an
 * error; every other write error still propagates.
 */
public final class Inserts {

    private Inserts() {
    }

    /** False when a document with the same unique key (its _id or a unique index) is already there. */
    public static <T> boolean ifAbsent(MongoCollection<T> collection, T document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
