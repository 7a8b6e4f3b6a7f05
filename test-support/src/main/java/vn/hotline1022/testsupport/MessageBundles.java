package vn.hotline1022.testsupport;

import vn.hotline1022.contracts.text.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a service's message codes against the bundles its problems are written from (service-support's
 * ProblemMessages, contracts' Messages): every code its main sources name is in the Vietnamese and the English bundle, both bundles
 * have the same codes, and no client-facing message is written in the code again.
 */
public final class MessageBundles {

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđĐ]", Pattern.CASE_INSENSITIVE);
    /** Where a client-facing text used to be written: an exception for the API or a constraint's message. */
    private static final Pattern MESSAGE_SITE = Pattern.compile(
            "new (?:[\\w.]+\\.)?(?:InvalidFieldException|InvalidValueException|NotFoundException|ConflictException|"
                    + "ForbiddenException|ResponseStatusException|UnreadableFileException|FieldProblem)\\(([^;]*?)\\)\\s*[;)]"
                    + "|message\\s*=\\s*(\"[^\"]*\")|ApiException\\.ofStatus\\(([^;]*?)\\)\\s*[;)]",
            Pattern.DOTALL);

    private MessageBundles() {
    }

    /**
     * @param prefix the service's code prefix, e.g. {@code "routing"}: every literal {@code "routing.…"} in
     *               {@code src/main/java} is a message code (a literal ending in a dot starts a family of codes)
     */
    public static void assertComplete(String prefix) {
        Set<String> vi = Messages.codes(false);
        Set<String> en = Messages.codes(true);
        List<String> failures = new ArrayList<>();
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        if (!onlyVi.isEmpty()) {
            failures.add("codes without English text: " + onlyVi);
        }
        if (!onlyEn.isEmpty()) {
            failures.add("codes without Vietnamese text: " + onlyEn);
        }
        Pattern code = Pattern.compile("\"(" + Pattern.quote(prefix) + "\\.[a-z0-9.\\-]+)\"");
        Set<String> used = new TreeSet<>();
        for (Path file : sources()) {
            String text = read(file);
            Matcher m = code.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
            Matcher site = MESSAGE_SITE.matcher(text);
            while (site.find()) {
                String args = site.group(1) != null ? site.group(1) : site.group(2) != null ? site.group(2)
                        : site.group(3);
                if (VIETNAMESE.matcher(args).find()) {
                    failures.add(file.getFileName() + ": a message written in the code, not in the bundle: "
                            + args.strip());
                }
            }
        }
        if (used.isEmpty()) {
            failures.add("no code \"" + prefix + ".…\" found in src/main/java: wrong prefix or directory?");
        }
        for (String c : used) {
            boolean family = c.endsWith(".");
            for (Set<String> bundle : List.of(vi, en)) {
                boolean present = family ? bundle.stream().anyMatch(k -> k.startsWith(c)) : bundle.contains(c);
                if (!present) {
                    failures.add("code " + c + " missing from the " + (bundle == vi ? "Vietnamese" : "English")
                            + " bundle");
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    /**
     * No Vietnamese string literal in {@code src/main/java} at all, wherever it would end up (a problem, an import
     * report, a stored draft, a feed): every text a person reads comes from the bundles. Comments are not code and
     * are skipped; {@code linguisticData} names the files whose Vietnamese literals are data about the language
     * itself (stop words, test phrases of an analyser), not text for a reader.
     */
    public static void assertNoVietnameseLiterals(String... linguisticData) {
        Set<String> allowed = Set.of(linguisticData);
        List<String> failures = new ArrayList<>();
        for (Path file : sources()) {
            if (allowed.contains(file.getFileName().toString())) {
                continue;
            }
            for (String literal : stringLiterals(read(file))) {
                if (VIETNAMESE.matcher(literal).find()) {
                    failures.add(file.getFileName() + ": a Vietnamese text in the code, not in the bundle: \""
                            + literal + "\"");
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    /** The string literals (text blocks too) of a Java source, comments and char literals skipped. */
    public static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
