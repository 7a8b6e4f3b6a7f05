package vn.hotline1022.intake.call;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.Channel;
import vn.hotline1022.intake.call.domain.Closing;
import vn.hotline1022.intake.call.domain.NewCall;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.Topic;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The Prometheus names are a seam with dashboards and alerts: check them as scraped. */
class CallMetricsTest {

    @Test
    void exposesTheAgreedNamesWithBoundedLabelsAndNoPhoneNumbers() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CallMetrics metrics = new CallMetrics(registry);
        Instant now = Instant.parse("2021-08-26T03:00:00Z");
        Call call = NewCall.open("c1", new PhoneNumber("+84908158383"), Channel.ZALO,
                new Locality("LA_GI", "Thị xã La Gi", "TOWN", false), null,
                new Topic("VACCINATION", "Tiêm vắc xin", null), "Khi nào tiêm mũi 2?", null, "tdv01",
                now.minusSeconds(90), now, false);
        metrics.received(call);
        metrics.closed(call.close(new Closing(Outcome.INFORMATION_ONLY, null, null, null, null, null, "tdv01"), now));

        String scrape = registry.scrape();
        assertThat(scrape).contains(
                "hotline_calls_received_total{channel=\"ZALO\",locality=\"LA_GI\",topic=\"VACCINATION\"} 1.0",
                "hotline_calls_closed_total{outcome=\"INFORMATION_ONLY\",topic=\"VACCINATION\"} 1.0",
                "hotline_call_handle_seconds_count 1",
                "hotline_call_handle_seconds_sum 90.0");
        assertThat(scrape).doesNotContain("908158383");
    }
}
