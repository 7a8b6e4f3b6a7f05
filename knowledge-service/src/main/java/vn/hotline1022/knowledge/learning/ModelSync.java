package vn.hotline1022.knowledge.learning;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.indexing.IndexSync;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.search.learn.TranslationModel;

import java.util.Objects;

/**
 * Makes this replica serve what the shared state says: the active version while learning is switched on, nothing
 * while it is off. Every change of the served model goes through here under one lock, so a poll that read the state
 * just before a switch-off cannot put the model back after it.
 */
@Component
class ModelSync {

    private static final Logger log = LoggerFactory.getLogger(ModelSync.class);

    private final SearchEngine engine;
    private final LearningStateStore state;
    private final ModelStore models;
    private final IndexSync index;
    /** The served version and its meta, swapped together so the status never pairs one version with another's figures. */
    record Served(long version, ModelMeta meta) {
    }

    private volatile Served served;
    /** A version that would not load is not fetched again every poll; a newer one is. */
    private Long unloadable;

    ModelSync(SearchEngine engine, LearningStateStore state, ModelStore models, IndexSync index, MeterRegistry registry) {
        this.engine = engine;
        this.state = state;
        this.models = models;
        this.index = index;
        Gauge.builder("hotline_knowledge_learning_model_version", this, s -> s.version() == null ? 0 : s.version())
                .description("Version of the learned search model this replica serves; 0: lexical ranking alone")
                .register(registry);
    }

    /** Aligns with the shared state; a newer model is loaded only once the index is built (it re-ranks its hits). */
    synchronized void poll() {
        if (!index.ready()) {
            return;
        }
        LearningState current = state.read();
        if (!current.enabled()) {
            unserve();
            return;
        }
        Long active = current.activeVersion();
        if (active == null || active.equals(version()) || active.equals(unloadable)) {
            return;
        }
        var bytes = models.bytes(active);
        var meta = models.meta(active);
        if (bytes.isEmpty() || meta.isEmpty()) {
            log.warn("learned model {} is not (or no longer) complete in the store; keeping version {}", active, version());
            unloadable = active;
            return;
        }
        try {
            serve(active, TranslationModel.fromBytes(bytes.get()), meta.get());
        } catch (IllegalArgumentException e) {
            log.error("learned model {} is unreadable; keeping version {}", active, version(), e);
            unloadable = active;
        }
    }

    /** The builder hands its fresh model over directly (no need to read back what it just wrote). */
    synchronized void offer(long version, TranslationModel model, ModelMeta meta) {
        if (state.read().enabled()) {
            serve(version, model, meta);
        }
    }

    /** Switch-off on this replica, at once; the others follow at their next poll. */
    synchronized void unserve() {
        if (served != null || engine.model() != null) {
            log.info("learned search model {} switched off", version());
        }
        engine.useModel(null);
        served = null;
    }

    /** What this replica serves, null when none; its meta is kept so the status never races the store's pruning. */
    Served served() {
        return served;
    }

    private Long version() {
        Served s = served;
        return s == null ? null : s.version();
    }

    private void serve(long version, TranslationModel model, ModelMeta meta) {
        if (Objects.equals(version(), version) && engine.model() != null) {
            return;
        }
        engine.useModel(model);
        served = new Served(version, meta.loaded(model.bytes()));
        log.info("serving learned search model {} ({} translations)", version, model.translations());
    }
}
