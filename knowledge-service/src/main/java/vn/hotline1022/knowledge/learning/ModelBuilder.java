package vn.hotline1022.knowledge.learning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.indexing.IndexInstance;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.search.learn.Blend;
import vn.hotline1022.knowledge.search.learn.Learner;
import vn.hotline1022.knowledge.search.learn.TranslationModel;
import vn.hotline1022.knowledge.search.learn.UsagePair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds a model from the usage log, one build at a time across all replicas (a lease in the shared state), on a
 * thread of its own: learning takes a minute or more of CPU, which must not come out of the request threads.
 */
@Component
class ModelBuilder {

    enum Trigger { SCHEDULE, ON_DEMAND }

    /** Renewed every quarter of it while building, so a replica that dies mid-build frees the lease within minutes. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ModelBuilder.class);

    private final SearchEngine engine;
    private final TrainingPairs pairs;
    private final LearningStateStore state;
    private final ModelStore models;
    private final ModelSync sync;
    private final TaskScheduler scheduler;
    private final MeterRegistry registry;
    /** Per process, not per host: two replicas on one host must not share a lease. */
    private final String owner;
    private final AtomicBoolean building = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "knowledge-learning");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    ModelBuilder(SearchEngine engine, TrainingPairs pairs, LearningStateStore state, ModelStore models, ModelSync sync,
                 TaskScheduler scheduler, MeterRegistry registry, IndexInstance instance) {
        this.engine = engine;
        this.pairs = pairs;
        this.state = state;
        this.models = models;
        this.sync = sync;
        this.scheduler = scheduler;
        this.registry = registry;
        this.owner = instance.id() + "/" + UUID.randomUUID();
        for (String outcome : new String[] {"DONE", "TOO_FEW_PAIRS", "FAILED"}) {   // dashboards see 0, not "no data"
            builds(outcome);
        }
    }

    /** False when a build is already running here or on another replica. */
    boolean start(Trigger trigger, String by) {
        if (!building.compareAndSet(false, true)) {
            return false;
        }
        Instant startedAt = Instant.now();
        var running = new LearningStatus.LastBuild("RUNNING", trigger.name(), by, startedAt, null, null, null, null, null);
        try {
            if (!state.tryLease(owner, LEASE, running)) {
                building.set(false);
                return false;
            }
            worker.execute(() -> run(trigger, by, startedAt));
            return true;
        } catch (RuntimeException e) {
            building.set(false);
            throw e;
        }
    }

    boolean building() {
        return building.get();
    }

    private void run(Trigger trigger, String by, Instant startedAt) {
        ScheduledFuture<?> renewal = scheduler.scheduleWithFixedDelay(this::renew, LEASE.dividedBy(4));
        Integer pairCount = null;
        Long version = null;
        String error = null;
        String status = "FAILED";
        try {
            List<UsagePair> usagePairs = pairs.read();
            Learner.Result result = Learner.learn(usagePairs, engine.docTerms(), engine::lexical, Learner.Options.DEFAULT);
            pairCount = result.figures().pairs();
            if (result.model() == null) {
                status = "TOO_FEW_PAIRS";
            } else {
                version = store(result, trigger, by, startedAt);
                status = "DONE";
            }
        } catch (RuntimeException | OutOfMemoryError e) {   // a huge log must not leave the lease and status behind
            log.error("learning build failed", e);
            error = String.valueOf(e.getMessage());
        } finally {
            renewal.cancel(false);
            Instant now = Instant.now();
            finish(new LearningStatus.LastBuild(status, trigger.name(), by, startedAt, now,
                    Duration.between(startedAt, now).toMillis(), pairCount, version, error), startedAt);
        }
    }

    private long store(Learner.Result result, Trigger trigger, String by, Instant startedAt) {
        TranslationModel model = result.model();
        byte[] data = model.toBytes();
        long version = state.nextVersion();
        ModelMeta meta = models.save(version, data, meta(result.figures(), model, trigger, by, startedAt));
        state.activate(version);
        models.prune(version);
        sync.offer(version, model, meta);
        log.info("learned search model {} from {} pairs in {} ms: recall@5 {} -> {}, MRR@10 {} -> {}", version,
                result.figures().pairs(), meta.buildMillis(), result.figures().lexicalRecall5(),
                result.figures().recall5(), result.figures().lexicalMrr10(), result.figures().mrr10());
        return version;
    }

    private static ModelMeta meta(Learner.Figures f, TranslationModel model, Trigger trigger, String by, Instant startedAt) {
        Instant now = Instant.now();
        Blend blend = f.blend() != null ? f.blend() : model.blend();
        return new ModelMeta(now, Duration.between(startedAt, now).toMillis(), startedAt,
                f.pairs(), f.folds(), f.judgedFolds(), f.queries(), f.lexicalRecall5(), f.lexicalMrr10(), f.recall5(), f.mrr10(),
                new ModelMeta.Mix(blend.translation(), blend.smoothing(), blend.weight(), blend.depth(),
                        blend.mode().name(), blend.bigrams(), blend.lexical().name()),
                model.translations(), model.bytes(), trigger.name(), by, 0, 0);
    }

    private void finish(LearningStatus.LastBuild outcome, Instant startedAt) {
        String status = outcome.status();
        try {
            state.finished(outcome, startedAt);
            state.releaseLease(owner);
        } catch (RuntimeException e) {
            log.error("could not record the end of the learning build ({}); the lease expires by itself", status, e);
        } finally {
            building.set(false);
            builds(status).increment();
        }
    }

    private Counter builds(String outcome) {
        return Counter.builder("hotline_knowledge_learning_builds_total")
                .description("Builds of the learned search model by outcome").tag("outcome", outcome).register(registry);
    }

    private void renew() {
        try {
            state.renewLease(owner, LEASE);
        } catch (RuntimeException e) {
            log.warn("could not renew the learning lease: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        if (building.get()) {
            try {
                state.releaseLease(owner);
            } catch (RuntimeException e) {
                log.warn("could not release the learning lease at shutdown: {}", e.toString());
            }
        }
    }
}
