package vn.hotline1022.intake.call;

import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.FailedTransfer;
import vn.hotline1022.intake.caller.domain.CallerFlag;
import vn.hotline1022.intake.reference.domain.ReferenceData;

import java.time.Instant;
import java.util.List;

/** A call as the console shows it: codes with their Vietnamese names; the caller's flag only right after logging. */
record CallView(String id, String callerNumber, boolean withheld, String channel, String locality,
                String localityName, String provinceName, String topic, String topicName, String question,
                String notes, String operator, Instant startedAt, boolean repeatCaller, String status,
                String outcome, String kbEntryId, String unitCode, String transferNumber, Instant endedAt,
                Long handleSeconds, CallerFlag callerFlag, List<FailedTransfer> failedTransfers) {

    static CallView of(Call c, ReferenceData reference, CallerFlag flag) {
        return new CallView(c.id(), c.callerNumber(), c.withheld(), c.channel().name(), c.locality(),
                reference.localityName(c.locality()), c.provinceName(), c.topic(),
                reference.topicName(c.topic()), c.question(), c.notes(), c.operator(), c.startedAt(),
                c.repeatCaller(), c.status().name(), c.outcome() == null ? null : c.outcome().name(), c.kbEntryId(),
                c.unitCode(), c.transferNumber(), c.endedAt(), c.handleSeconds(), flag, c.failedTransfers());
    }
}
