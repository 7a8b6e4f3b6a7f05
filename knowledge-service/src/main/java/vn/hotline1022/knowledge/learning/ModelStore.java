package vn.hotline1022.knowledge.learning;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stored models: the serialised model in chunks ({@code learning_model_chunks}, under MongoDB's 16 MB document
 * limit) and one meta document per version ({@code learning_models}). Chunks are written first, so a meta document
 * means its model is complete; a builder that died half-way leaves only chunks, which pruning removes later.
 */
@Component
class ModelStore {

    static final int CHUNK_BYTES = 4 * 1024 * 1024;
    static final int KEEP = 3;

    private final MongoCollection<Document> models;
    private final MongoCollection<Document> chunks;

    ModelStore(MongoDatabase database) {
        this.models = database.getCollection("learning_models");
        this.chunks = database.getCollection("learning_model_chunks");
        chunks.createIndex(new Document("version", 1).append("i", 1));
    }

    /** Returns the stored meta: {@code meta} with its {@code chunks} and {@code storedBytes}. */
    ModelMeta save(long version, byte[] data, ModelMeta meta) {
        chunks.deleteMany(Filters.eq("version", version));
        int count = 0;
        for (int from = 0; from < data.length || count == 0; from += CHUNK_BYTES, count++) {
            byte[] part = Arrays.copyOfRange(data, from, Math.min(data.length, from + CHUNK_BYTES));
            chunks.insertOne(new Document("_id", version + ":" + count).append("version", version).append("i", count)
                    .append("data", new Binary(part)));
        }
        ModelMeta stored = meta.stored(count, data.length);
        models.insertOne(ModelDocuments.document(version, stored));
        return stored;
    }

    Optional<ModelMeta> meta(long version) {
        return Optional.ofNullable(models.find(Filters.eq("_id", version)).first()).map(ModelDocuments::meta);
    }

    /** The model's bytes, or empty when its meta is gone (pruned) or a chunk is missing. */
    Optional<byte[]> bytes(long version) {
        Optional<ModelMeta> meta = meta(version);
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        int expected = meta.get().chunks();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int seen = 0;
        for (Document chunk : chunks.find(Filters.eq("version", version)).sort(Sorts.ascending("i"))) {
            if (chunk.get("i", Number.class).intValue() != seen) {
                return Optional.empty();
            }
            out.writeBytes(chunk.get("data", Binary.class).getData());
            seen++;
        }
        return seen == expected ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    /**
     * Keeps the newest {@link #KEEP} versions (and the active one in any case), so a replica that polls late still
     * finds the version it was told to load; chunks of older versions go too, including those of a dead builder.
     */
    void prune(long active) {
        List<Long> versions = new ArrayList<>();
        for (Document d : models.find().projection(new Document("_id", 1)).sort(Sorts.descending("_id"))) {
            versions.add(d.get("_id", Number.class).longValue());
        }
        if (versions.size() <= KEEP) {
            return;
        }
        long oldestKept = Math.min(versions.get(KEEP - 1), active);
        models.deleteMany(Filters.lt("_id", oldestKept));
        chunks.deleteMany(Filters.lt("version", oldestKept));
    }
}
