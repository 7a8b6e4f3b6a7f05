package vn.hotline1022.reporting.export;

import vn.hotline1022.reporting.summary.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A summary flattened into titled tables, shared by the CSV and XLSX exports so both carry the same figures. */
public final class SummaryTables {

    public record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    private SummaryTables() {
    }

    public static List<Table> of(Summary s) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("Tổng quan", List.of("Chỉ số", "Giá trị"), List.of(
                List.of("Từ ngày", s.from().toString()), List.of("Đến ngày", s.to().toString()),
                List.of("Tổng số cuộc gọi", s.totalCalls()), List.of("Người gọi lại", s.repeatCallers()),
                List.of("Cuộc gọi đã kết thúc", s.closedCalls()),
                List.of("Câu hỏi trong các cuộc gọi đã kết thúc", s.closedQuestions()),
                List.of("Thời gian xử lý trung bình (giây)", s.handleTime().averageSeconds()),
                List.of("Thời gian xử lý p90 (giây)", s.handleTime().p90Seconds()),
                List.of("Tỷ lệ trả lời từ cơ sở tri thức", s.kbAnswerShare()))));
        tables.add(counts("Theo chủ đề", "Chủ đề", s.byTopic()));
        tables.add(counts("Theo địa bàn", "Địa bàn", s.byLocality()));
        tables.add(counts("Theo kênh", "Kênh", s.byChannel()));
        tables.add(counts("Theo kết quả", "Kết quả", s.byOutcome()));
        tables.add(new Table("Câu hỏi theo kết quả", List.of("Kết quả", "Số câu hỏi"), s.questionsByOutcome()
                .entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()));
        tables.add(counts("Theo tổng đài viên", "Tổng đài viên", s.byOperator()));
        tables.add(new Table("Chuyển máy theo đơn vị", List.of("Đơn vị", "Lượt chuyển", "Kết nối được",
                "Tỷ lệ kết nối", "Lượt quay số", "Tỷ lệ máy bận", "Tỷ lệ không nghe máy"),
                s.transfersByUnit().stream().map(u -> List.<Object>of(u.unitCode(), u.transfers(), u.connected(),
                        u.connectedRate(), u.dials(), u.busyRate(), u.noAnswerRate())).toList()));
        tables.add(new Table("Chuyển máy theo số", List.of("Đơn vị", "Số (đã che)", "Lượt quay số", "Kết nối",
                "Bận", "Không nghe máy", "Khác", "Tỷ lệ kết nối", "Tỷ lệ bận", "Tỷ lệ không nghe máy"),
                s.transfersByNumber().stream().map(n -> List.<Object>of(n.unitCode(), n.number(), n.dials(),
                        n.connected(), n.busy(), n.noAnswer(), n.other(), n.connectedRate(), n.busyRate(),
                        n.noAnswerRate())).toList()));
        tables.add(new Table("Câu hỏi chuyển đơn vị", List.of("Đơn vị", "Tổng", "Đang chờ", "Đã trả lời",
                "Quá hạn", "Trả lời đúng hạn", "Tỷ lệ đúng hạn"),
                s.escalationsByUnit().stream().map(e -> List.<Object>of(e.unitCode(), e.total(), e.open(),
                        e.answered(), e.overdue(), e.answeredOnTime(), e.onTimeRate())).toList()));
        tables.add(new Table("Mục tri thức dùng nhiều", List.of("Mã mục", "Số lần dùng", "Trạng thái"),
                s.topKnowledgeEntries().stream().map(k -> List.<Object>of(k.entryId(), k.uses(),
                        k.status() == null ? "" : k.status())).toList()));
        tables.add(new Table("Tìm kiếm không có kết quả", List.of("Nội dung tìm", "Số lần"),
                s.topMissedSearches().stream().map(m -> List.<Object>of(m.query(), m.count())).toList()));
        return tables;
    }

    private static Table counts(String title, String keyHeader, Map<String, Long> counts) {
        return new Table(title, List.of(keyHeader, "Số cuộc gọi"),
                counts.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
    }
}
