package vn.hotline1022.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The starting synonym list shipped with the service ({@code synonyms-default.txt}: one group a line, phrases
 * separated by commas, {@code #} comments). Supervisors edit the live copy in MongoDB.
 */
public final class SynonymFile {

    private SynonymFile() {
    }

    public static List<List<String>> defaultGroups() {
        var stream = SynonymFile.class.getResourceAsStream("/synonyms-default.txt");
        if (stream == null) {
            return List.of();
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<List<String>> groups = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(Arrays.stream(line.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
                }
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Synonyms defaults() {
        return new Synonyms(defaultGroups());
    }
}
