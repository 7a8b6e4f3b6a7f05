package vn.hotline1022.routing.directory;

import org.bson.Document;
import org.springframework.core.io.ClassPathResource;
import vn.hotline1022.routing.directory.domain.Unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test access to the directory exactly as seeded from the letter. */
public final class SeedDirectory {

    private SeedDirectory() {
    }

    public static Map<String, Unit> units() {
        try {
            String json = new ClassPathResource(Directory.SEED).getContentAsString(StandardCharsets.UTF_8);
            Map<String, Unit> units = new LinkedHashMap<>();
            Document.parse("{\"u\": " + json + "}").getList("u", Document.class).stream()
                    .map(UnitDocuments::fromDocument).forEach(u -> units.put(u.code(), u));
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
