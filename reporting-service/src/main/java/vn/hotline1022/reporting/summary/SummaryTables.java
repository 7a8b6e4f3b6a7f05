package vn.hotline1022.reporting.summary;

import vn.hotline1022.reporting.export.Percent;
import vn.hotline1022.reporting.export.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A summary flattened into titled tables, shared by the CSV and XLSX exports so both carry the same figures. */
public final class SummaryTables {

    private SummaryTables() {
    }

    /** Names, not codes, in every cell a person reads; ratios as percentages, days as dates. */
    public static List<Table> of(Summary s, ExportNames names) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("Tổng quan", List.of("Chỉ số", "Giá trị"), List.of(
                List.of("Từ ngày", s.from()), List.of("Đến ngày", s.to()),
                List.of("Tổng số cuộc gọi", s.totalCalls()), List.of("Người gọi lại", s.repeatCallers()),
                List.of("Cuộc gọi đã kết thúc", s.closedCalls()),
                List.of("Câu hỏi trong các cuộc gọi đã kết thúc", s.closedQuestions()),
                List.of("Thời gian xử lý trung bình (giây)", s.handleTime().averageSeconds()),
                List.of("Thời gian xử lý p90 (giây)", s.handleTime().p90Seconds()),
                List.of("Tỷ lệ trả lời từ cơ sở tri thức", new Percent(s.kbAnswerShare())))));
        tables.add(counts("Theo chủ đề", "Chủ đề", s.byTopic(), names::topic));
        tables.add(counts("Theo địa bàn", "Địa bàn", s.byLocality(), names::locality));
        tables.add(counts("Theo kênh", "Kênh", s.byChannel(), ExportNames::channel));
        tables.add(counts("Theo kết quả", "Kết quả", s.byOutcome(), ExportNames::outcome));
        tables.add(new Table("Câu hỏi theo kết quả", List.of("Kết quả", "Số câu hỏi"), s.questionsByOutcome()
                .entrySet().stream().map(e -> List.<Object>of(ExportNames.outcome(e.getKey()), e.getValue())).toList()));
        tables.add(counts("Theo tổng đài viên", "Tổng đài viên", s.byOperator(), operator -> operator));
        tables.add(new Table("Chuyển máy theo đơn vị", List.of("Đơn vị", "Lượt chuyển", "Kết nối được",
                "Tỷ lệ kết nối", "Lượt quay số", "Tỷ lệ máy bận", "Tỷ lệ không nghe máy"),
                s.transfersByUnit().stream().map(u -> List.<Object>of(names.unit(u.unitCode()), u.transfers(),
                        u.connected(), new Percent(u.connectedRate()), u.dials(), new Percent(u.busyRate()),
                        new Percent(u.noAnswerRate()))).toList()));
        tables.add(new Table("Chuyển máy theo số", List.of("Đơn vị", "Số (đã che)", "Lượt quay số", "Kết nối",
                "Bận", "Không nghe máy", "Khác", "Tỷ lệ kết nối", "Tỷ lệ bận", "Tỷ lệ không nghe máy"),
                s.transfersByNumber().stream().map(n -> List.<Object>of(names.unit(n.unitCode()), n.number(),
                        n.dials(), n.connected(), n.busy(), n.noAnswer(), n.other(), new Percent(n.connectedRate()),
                        new Percent(n.busyRate()), new Percent(n.noAnswerRate()))).toList()));
        tables.add(new Table("Câu hỏi chuyển đơn vị", List.of("Đơn vị", "Tổng", "Đang chờ", "Đã trả lời",
                "Quá hạn", "Trả lời đúng hạn", "Tỷ lệ đúng hạn"),
                s.escalationsByUnit().stream().map(e -> List.<Object>of(names.unit(e.unitCode()), e.total(), e.open(),
                        e.answered(), e.overdue(), e.answeredOnTime(), new Percent(e.onTimeRate()))).toList()));
        tables.add(new Table("Mục tri thức dùng nhiều", List.of("Mã mục", "Số lần dùng", "Trạng thái"),
                s.topKnowledgeEntries().stream().map(k -> List.<Object>of(k.entryId(), k.uses(),
                        ExportNames.entryStatus(k.status()))).toList()));
        tables.add(new Table("Tìm kiếm không có kết quả", List.of("Nội dung tìm", "Số lần"),
                s.topMissedSearches().stream().map(m -> List.<Object>of(m.query(), m.count())).toList()));
        return tables;
    }

    private static Table counts(String title, String keyHeader, Map<String, Long> counts,
                                java.util.function.UnaryOperator<String> name) {
        return new Table(title, List.of(keyHeader, "Số cuộc gọi"),
                counts.entrySet().stream().map(e -> List.<Object>of(name.apply(e.getKey()), e.getValue())).toList());
    }
}
