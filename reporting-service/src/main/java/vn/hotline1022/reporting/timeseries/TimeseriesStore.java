package vn.hotline1022.reporting.timeseries;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads the fact collections a {@link Metric} names, only the time and the breakdown field: a chart may be drawn
 * over any of them, so this reads them by the metric's own field names instead of through each fact store.
 */
@Component
@RequiredArgsConstructor
class TimeseriesStore {

    /** When one fact happened, and its value in the breakdown field (null when there is none or no breakdown). */
    record Point(Instant at, Object value) {
    }

    private final MongoDatabase database;

    List<Point> points(Metric metric, String field, Instant from, Instant to) {
        var projection = field == null ? Projections.include(metric.timeField)
                : Projections.include(metric.timeField, field);
        List<Point> out = new ArrayList<>();
        for (Document d : database.getCollection(metric.collection).find(Filters.and(
                Filters.gte(metric.timeField, Date.from(from)), Filters.lt(metric.timeField, Date.from(to))))
                .projection(projection)) {
            out.add(new Point(d.getDate(metric.timeField).toInstant(), field == null ? null : d.get(field)));
        }
        return out;
    }
}
