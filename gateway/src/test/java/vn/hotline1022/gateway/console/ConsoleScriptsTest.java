package vn.hotline1022.gateway.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console has no build step, so nothing else would notice a script that does not parse until a browser shows
 * an empty page: every script is checked with {@code node --check} (skipped where Node is not installed).
 */
class ConsoleScriptsTest {

    @Test
    void everyConsoleScriptParses() throws Exception {
        assumeTrue(node(), "node is not installed; console scripts not checked");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/static/app"))) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            Process check = new ProcessBuilder("node", "--check", script.toString()).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(check.exitValue()).as(script + "\n" + output).isZero();
        }
    }

    /** A key given twice in one language silently replaces the first text (it happened: "attempts", "closeAs"). */
    @Test
    void noTranslationKeyIsDefinedTwiceInALanguage() throws IOException {
        String source = Files.readString(Path.of("src/main/resources/static/app/i18n.js"));
        for (String language : source.split("const en")) {
            List<String> keys = java.util.regex.Pattern.compile("\\b([A-Za-z_0-9]+): '").matcher(language).results()
                    .map(m -> m.group(1)).toList();
            assertThat(keys.stream().filter(k -> java.util.Collections.frequency(keys, k) > 1).distinct().toList())
                    .as("keys defined twice").isEmpty();
        }
    }

    private static boolean node() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
