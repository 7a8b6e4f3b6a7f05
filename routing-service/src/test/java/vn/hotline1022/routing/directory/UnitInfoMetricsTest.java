package vn.hotline1022.routing.directory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.directory.domain.UnitKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class UnitInfoMetricsTest {

    private final Directory directory = mock(Directory.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UnitInfoMetrics metrics = new UnitInfoMetrics(directory, registry);

    @Test
    void eachUnitIsNamedOnceAndARenameReplacesTheOldName() {
        when(directory.snapshot()).thenReturn(Map.of("SO_GTVT", unit("SO_GTVT", "Sở Giao thông vận tải"),
                "UBND_LA_GI", unit("UBND_LA_GI", "Ủy ban nhân dân thị xã La Gi")));
        metrics.refresh();
        metrics.refresh();
        assertThat(registry.find("hotline_unit_name").gauges()).hasSize(2);
        assertThat(registry.get("hotline_unit_name").tag("unit", "SO_GTVT").gauge().getId().getTag("name"))
                .isEqualTo("Sở Giao thông vận tải");

        when(directory.snapshot()).thenReturn(Map.of("SO_GTVT", unit("SO_GTVT", "Sở Xây dựng và Giao thông"),
                "UBND_LA_GI", unit("UBND_LA_GI", "Ủy ban nhân dân thị xã La Gi")));
        metrics.refresh();
        assertThat(registry.find("hotline_unit_name").tag("unit", "SO_GTVT").gauges())
                .singleElement().satisfies(g -> {
                    assertThat(g.getId().getTag("name")).isEqualTo("Sở Xây dựng và Giao thông");
                    assertThat(g.value()).isEqualTo(1.0);
                });
    }

    @Test
    void theScrapeCarriesTheNameAsALabel() {
        var prometheus = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        when(directory.snapshot()).thenReturn(Map.of("SO_GTVT", unit("SO_GTVT", "Sở Giao thông vận tải")));
        new UnitInfoMetrics(directory, prometheus).refresh();
        assertThat(prometheus.scrape()).contains("hotline_unit_name{name=\"Sở Giao thông vận tải\",unit=\"SO_GTVT\"} 1");
    }

    private static Unit unit(String code, String name) {
        return new Unit(code, name, UnitKind.DEPARTMENT, List.of(), List.of(), List.of(), true, null, null, null, null,
                false, 1);
    }
}
