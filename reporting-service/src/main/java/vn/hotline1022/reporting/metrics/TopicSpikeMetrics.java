package vn.hotline1022.reporting.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFactStore;
import vn.hotline1022.reporting.calls.ClosedCall;
import vn.hotline1022.reporting.figures.Percentiles;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.figures.SpikeSignal;
import vn.hotline1022.reporting.figures.Tally;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exports the topic-spike signal (last hour vs. the same hour over the previous 7 days) and today's share of calls
 * answered from the knowledge base. Recomputed on a timer from the call facts, so values survive restarts and
 * replays; Prometheus alerts on {@code hotline_topic_spike_ratio}.
 */
@Component
public class TopicSpikeMetrics {

    private static final Logger log = LoggerFactory.getLogger(TopicSpikeMetrics.class);

    private final CallFactStore calls;
    private final MeterRegistry registry;
    private final MetricsProperties properties;
    private final Clock clock;
    private final Map<String, SpikeSignal> signals = new ConcurrentHashMap<>();
    private volatile double kbAnswerRatio;

    TopicSpikeMetrics(CallFactStore calls, MeterRegistry registry, MetricsProperties properties, Clock clock) {
        this.calls = calls;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
        properties.topics().forEach(this::register);
        Gauge.builder("hotline_kb_answer_ratio", this, m -> m.kbAnswerRatio)
                .description("Share of today's closed calls answered from the knowledge base").register(registry);
    }

    @Scheduled(fixedDelayString = "${hotline.reporting.metrics.refresh:PT1M}", initialDelay = 2_000)
    public void refresh() {
        try {
            Instant now = clock.instant();
            Tally lastHour = count(now.minus(Duration.ofHours(1)), now);
            List<Tally> baseline = new ArrayList<>();
            for (Instant[] window : SpikeSignal.baselineWindows(now)) {
                baseline.add(count(window[0], window[1]));
            }
            java.util.Set<String> topics = new java.util.TreeSet<>(signals.keySet());
            topics.addAll(lastHour.asMap().keySet());
            for (String topic : topics) {
                if (!signals.containsKey(topic) && signals.size() >= properties.maxTopics()) {
                    continue; // keeps the label set bounded if a producer ever sends free text
                }
                signals.put(topic, SpikeSignal.of(lastHour.get(topic), baseline.stream().map(t -> t.get(topic)).toList()));
                register(topic);
            }
            kbAnswerRatio = kbRatio(ProvinceTime.dayOf(now));
        } catch (RuntimeException e) {
            log.warn("reporting gauges not refreshed: {}", e.toString());
        }
    }

    public Map<String, SpikeSignal> signals() {
        return Map.copyOf(signals);
    }

    private void register(String topic) {
        signals.putIfAbsent(topic, SpikeSignal.of(0, List.of()));
        Gauge.builder("hotline_topic_calls_last_hour", signals, s -> value(s, topic).lastHour())
                .tag("topic", topic).description("Calls on the topic in the last 60 minutes").register(registry);
        Gauge.builder("hotline_topic_calls_baseline", signals, s -> value(s, topic).baseline())
                .tag("topic", topic).description("Mean calls on the topic in the same hour over the previous 7 days")
                .register(registry);
        Gauge.builder("hotline_topic_spike_ratio", signals, s -> value(s, topic).ratio())
                .tag("topic", topic).description("Last hour / max(baseline, 1)").register(registry);
    }

    private static SpikeSignal value(Map<String, SpikeSignal> signals, String topic) {
        return signals.getOrDefault(topic, SpikeSignal.of(0, List.of()));
    }

    private Tally count(Instant from, Instant to) {
        Tally tally = new Tally();
        calls.topicsReceivedBetween(from, to).forEach(tally::add);
        return tally;
    }

    private double kbRatio(LocalDate today) {
        long closed = 0, fromKb = 0;
        for (ClosedCall c : calls.closedBetween(ProvinceTime.startOf(today), ProvinceTime.endOf(today))) {
            closed++;
            fromKb += "ANSWERED_FROM_KB".equals(c.outcome()) ? 1 : 0;
        }
        return Percentiles.ratio(fromKb, closed);
    }
}
