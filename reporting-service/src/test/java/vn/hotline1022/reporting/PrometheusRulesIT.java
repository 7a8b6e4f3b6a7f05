package vn.hotline1022.reporting;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs deploy/prometheus/check.sh (promtool check config, check rules, test rules) as part of {@code mvn verify};
 * CI installs promtool (Debian package prometheus). Skipped, not failed, on a machine without promtool.
 */
class PrometheusRulesIT {

    @Test
    void scrapeConfigAndAlertRulesAreValidAndTheirUnitTestsPass() throws Exception {
        Path script = Path.of("..", "deploy", "prometheus", "check.sh").toAbsolutePath().normalize();
        assumeTrue(Files.isExecutable(script), "deploy/prometheus/check.sh not found");
        assumeTrue(onPath("promtool"), "promtool not installed");
        Process process = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        // every alert of the file is loaded, however many there are
        long alerts = Files.readAllLines(script.resolveSibling("alerts.yml")).stream()
                .filter(l -> l.trim().startsWith("- alert:")).count();
        assertThat(alerts).isPositive();
        assertThat(output).contains("SUCCESS: " + alerts + " rules found").contains("config, rules and rule tests OK");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
