package vn.hotline1022.intake.call;

import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.FailedTransfer;
import vn.hotline1022.intake.call.domain.Question;
import vn.hotline1022.intake.caller.domain.CallerFlag;
import vn.hotline1022.intake.reference.domain.ReferenceData;

import java.time.Instant;
import java.util.List;

/**
 * A call as the console shows it: codes with their Vietnamese names; the caller's flag only right after logging.
 * {@code questions} are the caller's questions in order, the last one open while the call is.
 */
record CallView(String id, String callerNumber, boolean withheld, String channel, String locality,
                String localityName, String provinceName, String topic, String topicName, String question,
                String notes, String operator, Instant startedAt, boolean repeatCaller, String status,
                String outcome, String kbEntryId, String unitCode, String transferNumber, Instant endedAt,
                Long handleSeconds, CallerFlag callerFlag, List<FailedTransfer> failedTransfers,
                List<QuestionView> questions) {

    record QuestionView(int no, String text, String topic, String topicName, String outcome, String kbEntryId,
                        String unitCode, Instant askedAt, Instant settledAt) {

        static QuestionView of(Question q, ReferenceData reference) {
            return new QuestionView(q.no(), q.text(), q.topic(), reference.topicName(q.topic()),
                    q.outcome() == null ? null : q.outcome().name(), q.kbEntryId(), q.unitCode(), q.askedAt(),
                    q.settledAt());
        }
    }

    static CallView of(Call c, ReferenceData reference, CallerFlag flag) {
        return new CallView(c.id(), c.callerNumber(), c.withheld(), c.channel().name(), c.locality(),
                reference.localityName(c.locality()), c.provinceName(), c.topic(),
                reference.topicName(c.topic()), c.question(), c.notes(), c.operator(), c.startedAt(),
                c.repeatCaller(), c.status().name(), c.outcome() == null ? null : c.outcome().name(), c.kbEntryId(),
                c.unitCode(), c.transferNumber(), c.endedAt(), c.handleSeconds(), flag, c.failedTransfers(),
                c.questions().stream().map(q -> QuestionView.of(q, reference)).toList());
    }
}
