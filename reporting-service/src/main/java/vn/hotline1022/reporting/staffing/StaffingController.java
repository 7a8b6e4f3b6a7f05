package vn.hotline1022.reporting.staffing;

import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.reporting.range.ReportDays;
import vn.hotline1022.reporting.staffing.domain.ServiceTarget;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/reports")
@RequiredArgsConstructor
class StaffingController {

    static final int MAX_ANSWER_SECONDS = 600;

    private final StaffingQuery query;

    @GetMapping("/staffing")
    WeeklyStaffing staffing(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "0.8") double serviceLevel,
                            @RequestParam(defaultValue = "20") int answerWithinSeconds) {
        ReportDays.checked(from, to);
        // written so that NaN fails too: every comparison with NaN is false
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new InvalidFieldException("serviceLevel", "reporting.staffing.service-level.range");
        }
        if (answerWithinSeconds < 1 || answerWithinSeconds > MAX_ANSWER_SECONDS) {
            throw new InvalidFieldException("answerWithinSeconds", "reporting.staffing.answer-seconds.range", MAX_ANSWER_SECONDS);
        }
        return query.staffing(from, to, new ServiceTarget(serviceLevel, answerWithinSeconds));
    }
}
