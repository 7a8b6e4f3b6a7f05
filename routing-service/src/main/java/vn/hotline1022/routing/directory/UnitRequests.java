package vn.hotline1022.routing.directory;

import vn.hotline1022.routing.directory.domain.EscalationDue;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.Locality;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.directory.domain.TopicCode;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Checks that need more than one field, then builds the domain unit; the first problem names its field. */
final class UnitRequests {

    private UnitRequests() {
    }

    static Unit toUnit(String code, UnitRequest r, long version) {
        List<String> jurisdiction = r.jurisdiction() == null ? List.of() : r.jurisdiction();
        for (int i = 0; i < jurisdiction.size(); i++) {
            if (!Locality.isKnown(jurisdiction.get(i))) {
                throw new InvalidFieldException("jurisdiction[" + i + "]", "routing.locality.unknown");
            }
        }
        List<String> topics = r.topics() == null ? List.of() : r.topics();
        for (int i = 0; i < topics.size(); i++) {
            if (!TopicCode.isKnown(topics.get(i))) {
                throw new InvalidFieldException("topics[" + i + "]", "routing.topic.unknown");
            }
        }
        if (!r.transferable() && blank(r.notTransferableReason())) {
            throw new InvalidFieldException("notTransferableReason", "routing.unit.not-transferable-reason.required");
        }
        if (!r.transferable() && blank(r.alternative())) {
            throw new InvalidFieldException("alternative", "routing.unit.alternative.required");
        }
        List<Hotline> hotlines = new ArrayList<>();
        for (int i = 0; i < r.hotlines().size(); i++) {
            hotlines.add(hotline(r.hotlines().get(i), i));
        }
        EscalationDue due = r.escalationDue() == null ? null
                : new EscalationDue(r.escalationDue().workingDays(), LocalTime.parse(r.escalationDue().time()));
        return new Unit(code, r.name().strip(), r.kind(), jurisdiction, topics, hotlines, r.transferable(),
                r.notTransferableReason(), r.alternative(), r.strategy(), due, false, version);
    }

    private static Hotline hotline(UnitRequest.HotlineRequest h, int i) {
        boolean placeholder = Boolean.TRUE.equals(h.placeholder());
        String number = PhoneNumbers.normalize(h.number());
        if (!placeholder && number == null) {
            throw new InvalidFieldException("hotlines[" + i + "].number", "routing.hotline.number.invalid");
        }
        if (placeholder && !blank(h.number())) {
            throw new InvalidFieldException("hotlines[" + i + "].placeholder", "routing.hotline.placeholder.with-number");
        }
        int priority = h.priority() == null ? i + 1 : h.priority();
        return new Hotline(number, h.label().strip(), h.lineType(), priority,
                !placeholder && !Boolean.FALSE.equals(h.active()), h.hours(), placeholder);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
