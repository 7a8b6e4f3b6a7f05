package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.hotline1022.contracts.events.SwitchboardDialled;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.transfer.domain.AttemptOutcome;
import vn.hotline1022.routing.transfer.domain.Transfer;
import vn.hotline1022.support.web.ApiException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Turns the switchboard's report of an operator's outbound call into an attempt of the transfer it belongs to: the
 * operator's newest transfer still in progress whose plan holds the dialled number and has not dialled it yet. The
 * buttons stay for switchboards without CTI; whichever reports a dial first records it, the other changes nothing.
 */
@Service
@RequiredArgsConstructor
class SwitchboardDials {

    /** How the report was taken in, for the metric and the tests. */
    enum Result { RECORDED, ALREADY_RECORDED, NO_TRANSFER, AMBIGUOUS, NOT_A_NUMBER }

    private static final Logger log = LoggerFactory.getLogger(SwitchboardDials.class);
    // a transfer is dialled while the citizen waits on the line: a plan older than this is not the one being dialled
    private static final Duration PLAN_AGE = Duration.ofHours(2);

    private final TransferStore store;
    private final TransferService transfers;
    private final TransferMetrics metrics;

    Result record(SwitchboardDialled dial) {
        Result result = take(dial);
        metrics.switchboardDial(result.name());
        if (result != Result.RECORDED && result != Result.ALREADY_RECORDED) {
            log.info("switchboard dial {} ({}) not recorded as a transfer attempt: {}", dial.ctiCallId(),
                    dial.outcome(), result);
        }
        return result;
    }

    private Result take(SwitchboardDialled dial) {
        String number = dialled(dial.number()).orElse(null);
        if (number == null) {
            return Result.NOT_A_NUMBER;
        }
        if (store.recorded(dial.ctiCallId())) {
            return Result.ALREADY_RECORDED;
        }
        List<Transfer> open = store.openWith(number, dial.operator(), dial.dialledAt().minus(PLAN_AGE)).stream()
                .filter(t -> !t.triedNumbers().contains(number)).toList();
        if (open.isEmpty()) {
            return Result.NO_TRANSFER;
        }
        if (dial.operator() == null && open.size() > 1) {
            // nobody named and two operators dialling the same unit: guessing would put one caller's attempt on another's call
            return Result.AMBIGUOUS;
        }
        Transfer transfer = open.get(0);
        try {
            transfers.attempt(transfer.id(),
                    new AttemptRequest(number, AttemptOutcome.valueOf(dial.outcome())),
                    dial.operator() != null ? dial.operator() : transfer.operator(), dial.ctiCallId());
            return Result.RECORDED;
        } catch (ApiException | ResponseStatusException raced) {
            // the operator's button (or another report) recorded this dial first, or the transfer just ended
            return store.recorded(dial.ctiCallId()) ? Result.ALREADY_RECORDED : Result.NO_TRANSFER;
        }
    }

    /**
     * The dialled number in the directory's form. Switchboards send it as dialled: with an outside-line prefix, in
     * international form with or without "+", or with separators.
     */
    static Optional<String> dialled(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[^0-9+]", "");
        String number = PhoneNumbers.normalize(digits);
        if (number == null && digits.length() >= 11 && digits.charAt(0) != '0') {
            number = PhoneNumbers.normalize(digits.substring(1));   // outside-line prefix such as 9
        }
        return Optional.ofNullable(number);
    }
}
