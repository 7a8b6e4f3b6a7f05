package vn.hotline1022.knowledge.infra;

import jakarta.annotation.PreDestroy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

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

    /** An uploaded file either import takes: not empty (400 naming the body) and not over {@link #MAX_BYTES} (413). */
    public static byte[] requireFile(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidFieldException("body", "knowledge.file.empty");
        }
        if (body.length > MAX_BYTES) {
            throw ApiException.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE.value(), "knowledge.file.too-large");
        }
        return body;
    }

    public void submit(Runnable job) {
        worker.submit(job);
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
