package vn.hotline1022.reporting.summary;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hotline1022.reporting.infra.web.InvalidFieldException;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/reports")
class SummaryController {

    private final SummaryQuery query;

    SummaryController(SummaryQuery query) {
        this.query = query;
    }

    @GetMapping("/summary")
    Summary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "Ngày kết thúc không được trước ngày bắt đầu");
        }
        return query.summary(from, to);
    }
}
