package vn.hotline1022.reporting.digest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import vn.hotline1022.reporting.digest.domain.Digest;
import vn.hotline1022.reporting.digest.domain.QuestionGrouping;
import vn.hotline1022.reporting.units.UnitDirectoryStore;
import vn.hotline1022.support.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** Compiles a unit's digest for a day; issuing it numbers it and announces it on Kafka. */
@Service
public class DigestService {

    /** Shown until a digest is issued, as on a draft letter awaiting its number. */
    static final String UNNUMBERED = "......";

    private final PendingQuestions pending;
    private final DigestStore store;
    private final DigestProperties properties;
    private final Clock clock;
    private final Counter generated;
    private final UnitDirectoryStore directory;

    DigestService(PendingQuestions pending, DigestStore store, DigestProperties properties, Clock clock,
                  MeterRegistry registry, UnitDirectoryStore directory) {
        this.directory = directory;
        this.pending = pending;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.generated = Counter.builder("hotline_digests_generated_total")
                .description("Daily unit digests issued (scheduled or on demand)").register(registry);
    }

    /** The digest as issued, or a draft (no number) if it has not been issued yet. */
    public Digest view(String unitCode, LocalDate date) {
        requireKnown(unitCode);
        String number = store.numberOf(unitCode, date);
        return compile(unitCode, date, number == null ? UNNUMBERED : number);
    }

    /** Issues (or re-issues with the same number) the digest and emits hotline.digest.generated.v1. */
    public Digest issue(String unitCode, LocalDate date) {
        requireKnown(unitCode);
        Digest draft = compile(unitCode, date, UNNUMBERED);
        String number = store.issue(unitCode, date, draft.questionCount(), clock.instant());
        generated.increment();
        return compile(unitCode, date, number);
    }

    /** A letter goes to a unit of the directory, never "Kính gửi: SO_KHONG_TON_TAI". */
    private void requireKnown(String unitCode) {
        if (!directory.mayExist(unitCode)) {
            throw new NotFoundException("reporting.unit.not-in-directory", unitCode);
        }
    }

    public Set<String> unitsWithEscalations(LocalDate date) {
        return pending.unitsOf(date);
    }

    private Digest compile(String unitCode, LocalDate date, String number) {
        var groups = new QuestionGrouping(properties.similarityThreshold()).group(pending.of(unitCode, date));
        return new Digest(unitCode, directory.name(unitCode), date, number, groups, new Digest.Letterhead(
                properties.parentBody(), properties.issuingBody(), properties.place(), properties.signerCapacity(),
                properties.signerTitle(), properties.signerName(), clock.instant()));
    }
}
