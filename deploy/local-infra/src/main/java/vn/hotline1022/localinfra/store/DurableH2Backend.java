package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Locale;
import java.util.Set;

/**
 * mongo-java-server's H2 backend commits its MVStore in the background about once a second, so a write answered
 * to a service (and by it 201 to an operator) could vanish with a kill -9 of this process: 17 of 1,451 acknowledged
 * calls did in the fault test. Here every write command is committed and synced to the file before its answer
 * leaves, the embedded equivalent of {@code w:majority, j:true}. Reads are untouched.
 */
public final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "create", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final Object syncLock = new Object();
    private final CursorExpiry cursors;
    private final int compactBelow;
    private final java.util.concurrent.atomic.AtomicLong applied = new java.util.concurrent.atomic.AtomicLong();
    private long synced;
    /**
     * {@code -Dhotline.store.fsync=false}: commit to the file on every write but leave flushing to the OS; survives a
     * crash of this process, not of the machine. Default true (survives both).
     */
    private final boolean fsync = Boolean.parseBoolean(System.getProperty("hotline.store.fsync", "true"));

    /**
     * {@code -Dhotline.store.indexes=false}: mongo-java-server's own query path (unique indexes only, everything else
     * scans), kept to measure the indexed one against it in one run. Static, like the scan log: H2Backend's
     * constructor opens the databases already in the file before this class's fields are set.
     */
    private static final boolean INDEXES = Boolean.parseBoolean(System.getProperty("hotline.store.indexes", "true"));
    private static final ScanLog SCANS = new ScanLog();

    public DurableH2Backend(String fileName) {
        this(fileName, StoreTuning.fromSystemProperties());
    }

    public DurableH2Backend(String fileName, StoreTuning tuning) {
        this(fileName, tuning, System::nanoTime);
    }

    DurableH2Backend(String fileName, StoreTuning tuning, java.util.function.LongSupplier nanoTime) {
        super(tuning.open(fileName));
        this.cursors = new CursorExpiry(getCursorRegistry(), java.time.Duration.parse(
                System.getProperty("hotline.store.cursor-timeout", "PT10M")), nanoTime);
        this.compactBelow = tuning.compactFill() == null ? 80 : Math.min(80, tuning.compactFill());
        if (fsync) {
            // every commit is synced, so a chunk without live data can be reused at once; the default 45 s of
            // retention is for unsynced writes and, with a commit per write, let the file grow by a chunk per write
            getMvStore().setRetentionTime(0);
        }
        maintenance.scheduleWithFixedDelay(this::compact, 10, 10, java.util.concurrent.TimeUnit.SECONDS);
        maintenance.scheduleWithFixedDelay(SCANS::report, 60, 60, java.util.concurrent.TimeUnit.SECONDS);
        maintenance.scheduleWithFixedDelay(this::expireCursors, 60, 60, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Queries no index served since this JVM started (tests). */
    static long scans() {
        return SCANS.total();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return INDEXES ? IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry(), SCANS)
                : super.openOrCreateDatabase(databaseName);
    }

    private final java.util.concurrent.ScheduledExecutorService maintenance =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "store-compaction");
                t.setDaemon(true);
                return t;
            });

    int openCursors() {
        return cursors.open();
    }

    /** Closes cursors their clients abandoned (see CursorExpiry); returns how many. */
    int expireCursors() {
        int closed = cursors.expire();
        if (closed > 0) {
            org.slf4j.LoggerFactory.getLogger(DurableH2Backend.class).info(
                    "closed {} cursors left idle by their clients; {} still open", closed, cursors.open());
        }
        return closed;
    }

    /** Rewrites mostly-dead chunks, so a commit per write does not leave the file growing for ever. */
    private void compact() {
        try {
            getMvStore().compact(compactBelow, 16 * 1024 * 1024);
        } catch (RuntimeException e) {
            // the store is closing or busy; the next round tries again
        }
    }

    @Override
    public void close() {
        maintenance.shutdownNow();
        super.close();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document answer = super.handleCommand(channel, databaseName, command, query);
        cursors.observe(command, query, answer);
        if (command != null && WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            durable(applied.incrementAndGet());
        }
        return answer;
    }

    /**
     * Group commit: whoever holds the lock commits and syncs every write applied so far; a writer whose write was
     * already covered by that sync returns without one of its own.
     */
    private void durable(long write) {
        synchronized (syncLock) {
            if (synced >= write) {
                return;
            }
            long covered = applied.get();
            commit();
            if (fsync) {
                getMvStore().sync();
            }
            synced = covered;
        }
    }
}
