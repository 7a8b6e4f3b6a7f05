package vn.hotline1022.routing.transfer.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where a transfer stands given the numbers already tried. */
public final class TransferProgress {

    private TransferProgress() {
    }

    public static Optional<Candidate> next(List<Candidate> plan, Set<String> tried) {
        return plan.stream().filter(c -> !tried.contains(c.number())).findFirst();
    }
}
