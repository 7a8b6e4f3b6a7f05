package vn.hotline1022.access;

/**
 * The two wildcards the table uses, as Ant patterns mean them: {@code *} one path segment (or part of one),
 * {@code **} any number of segments. Plain Java, so the gateway (WebFlux) and the services (MVC) match alike.
 */
final class PathPattern {

    private PathPattern() {
    }

    static boolean matches(String pattern, String path) {
        if (path == null) {
            return false;
        }
        String[] p = pattern.split("/", -1);
        String[] s = path.split("/", -1);
        return match(p, 0, s, 0);
    }

    private static boolean match(String[] p, int i, String[] s, int j) {
        if (i == p.length) {
            return j == s.length;
        }
        if (p[i].equals("**")) {
            for (int k = j; k <= s.length; k++) {
                if (match(p, i + 1, s, k)) {
                    return true;
                }
            }
            return false;
        }
        return j < s.length && segment(p[i], s[j]) && match(p, i + 1, s, j + 1);
    }

    private static boolean segment(String pattern, String value) {
        if (pattern.equals("*")) {
            return true;
        }
        return pattern.equals(value);
    }
}
