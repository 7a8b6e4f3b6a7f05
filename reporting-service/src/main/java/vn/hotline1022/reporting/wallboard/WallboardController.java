package vn.hotline1022.reporting.wallboard;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The wall screen of the call centre, under /api/reports so the gateway's existing route serves it. The page polls
 * {@code /api/reports/wallboard/data}; ECharts comes from the webjar, served under /api/reports/webjars/**.
 */
@RestController
@RequestMapping("/api/reports/wallboard")
class WallboardController {

    private final WallboardQuery query;
    private final String page;

    WallboardController(WallboardQuery query) throws IOException {
        this.query = query;
        this.page = loadPage();
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(page);
    }

    @GetMapping(value = "/data", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Wallboard> data() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(query.now());
    }

    /** Finds whichever ECharts version the webjar on the classpath carries; the page draws SVG bars without it. */
    private static String loadPage() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        String html = resolver.getResource("classpath:/wallboard/wallboard.html")
                .getContentAsString(StandardCharsets.UTF_8);
        Resource[] echarts = resolver.getResources("classpath*:/META-INF/resources/webjars/echarts/*/dist/echarts.min.js");
        String src = "";
        if (echarts.length > 0) {
            try {
                String url = echarts[0].getURL().toString();
                String marker = "META-INF/resources/webjars/";
                src = "/api/reports/webjars/" + url.substring(url.lastIndexOf(marker) + marker.length());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return html.replace("{{ECHARTS_SRC}}", src);
    }
}
