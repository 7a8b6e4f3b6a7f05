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
 * The console is native ES modules with no build step, so nothing else would notice a script that does not parse
 * until a browser shows an empty page: every script is checked with {@code node --check} and the shared helpers run
 * their Node tests (both skipped where Node is not installed; gateway/package.json makes Node read them as modules).
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

    /** The shared helpers (dates in the province's time, texts) under Node's own test runner: src/test/js. */
    @Test
    void theConsoleHelpersPassTheirNodeTests() throws Exception {
        assumeTrue(node(), "node is not installed; console helper tests not run");
        List<String> command = new java.util.ArrayList<>(List.of("node", "--test"));
        try (Stream<Path> files = Files.list(Path.of("src/test/js"))) {
            // files, not the folder: Node 18-20 search a folder, later versions take glob patterns instead
            files.map(Path::toString).filter(f -> f.endsWith(".test.js")).sorted().forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThan(2);
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
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
