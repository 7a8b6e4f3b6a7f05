package vn.hotline1022.knowledge.infra;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one background thread bulk imports (entries, usage logs) run on: one import at a time per replica, off the
 * request threads and below their priority, so an import never starves the operators' searches of CPU.
 */
@Component
public class ImportWorker {

    /** The largest file either import takes (the gateway's import routes allow the same). */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "knowledge-import");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    public void submit(Runnable job) {
        worker.submit(job);
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
