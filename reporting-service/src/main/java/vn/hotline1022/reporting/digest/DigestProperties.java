package vn.hotline1022.reporting.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * The daily digest: when it is compiled (cron in {@code zone}; default 17:00 in the province) and the letterhead.
 * The cron is read by the scheduler through the same property name.
 */
@ConfigurationProperties("hotline.digest")
public record DigestProperties(
        @DefaultValue("0 0 17 * * *") String cron,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH BÌNH THUẬN") String parentBody,
        @DefaultValue("TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN") String issuingBody,
        @DefaultValue("Bình Thuận") String place,
        @DefaultValue("TM. TIỂU BAN") String signerCapacity,
        @DefaultValue("TRƯỞNG TIỂU BAN") String signerTitle,
        @DefaultValue("") String signerName,
        @DefaultValue("0.7") double similarityThreshold) {
}
