package vn.hotline1022.reporting.summary;

import java.util.Map;

/**
 * What a supervisor reads in an exported cell instead of a code: units from the directory, topics and districts
 * from the province's reference files, outcomes and channels in the desk's words. An unknown code is shown as is.
 */
public record ExportNames(Map<String, String> units, Map<String, String> topics, Map<String, String> localities) {

    private static final Map<String, String> OUTCOMES = Map.of(
            "ANSWERED_FROM_KB", "Trả lời từ cơ sở tri thức", "TRANSFERRED", "Đã chuyển máy",
            "ESCALATED", "Chuyển kiến nghị", "INFORMATION_ONLY", "Chỉ cung cấp thông tin",
            "DROPPED", "Cuộc gọi bị ngắt", "PRANK", "Quấy rối", "OPEN", "Đang mở", "UNKNOWN", "Chưa rõ");
    private static final Map<String, String> CHANNELS = Map.of(
            "PHONE", "Điện thoại", "ZALO", "Zalo", "EMAIL", "Thư điện tử", "WEB", "Trang web", "SMS", "Tin nhắn");
    private static final Map<String, String> ENTRY_STATUS = Map.of(
            "DRAFT", "Nháp", "APPROVED", "Đã duyệt", "PUBLISHED", "Đã công bố", "ARCHIVED", "Lưu trữ");

    public static ExportNames none() {
        return new ExportNames(Map.of(), Map.of(), Map.of());
    }

    String unit(String code) {
        return units.getOrDefault(code, code);
    }

    String topic(String code) {
        return topics.getOrDefault(code, code);
    }

    String locality(String code) {
        return localities.getOrDefault(code, code);
    }

    static String outcome(String code) {
        return OUTCOMES.getOrDefault(code, code);
    }

    static String channel(String code) {
        return CHANNELS.getOrDefault(code, code);
    }

    static String entryStatus(String code) {
        return code == null ? "" : ENTRY_STATUS.getOrDefault(code, code);
    }
}
