package vn.hotline1022.reporting.units;

import java.util.Map;

/** How a unit is addressed in a letter ("Kính gửi: ..."), derived from the directory's unit codes. */
public final class UnitNames {

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("SO_GTVT", "Sở Giao thông vận tải"),
            Map.entry("SO_CONG_THUONG", "Sở Công Thương"),
            Map.entry("SO_LDTBXH", "Sở Lao động - Thương binh và Xã hội"),
            Map.entry("SO_Y_TE", "Sở Y tế"),
            Map.entry("CDC", "Trung tâm Kiểm soát bệnh tật tỉnh"),
            Map.entry("BV_BAC_BINH_THUAN", "Bệnh viện Đa khoa khu vực Bắc Bình Thuận"),
            Map.entry("BV_PHIA_NAM", "Bệnh viện Đa khoa khu vực phía Nam Bình Thuận"),
            Map.entry("BV_LA_GI", "Bệnh viện Đa khoa thị xã La Gi"));

    private static final Map<String, String> LOCALITIES = Map.of(
            "PHAN_THIET", "thành phố Phan Thiết", "LA_GI", "thị xã La Gi", "TUY_PHONG", "huyện Tuy Phong",
            "BAC_BINH", "huyện Bắc Bình", "HAM_THUAN_BAC", "huyện Hàm Thuận Bắc",
            "HAM_THUAN_NAM", "huyện Hàm Thuận Nam", "HAM_TAN", "huyện Hàm Tân", "TANH_LINH", "huyện Tánh Linh",
            "DUC_LINH", "huyện Đức Linh", "PHU_QUY", "huyện Phú Quý");

    private UnitNames() {
    }

    public static String of(String unitCode) {
        String fixed = FIXED.get(unitCode);
        if (fixed != null) {
            return fixed;
        }
        String name = prefixed(unitCode, "UBND_", "Ủy ban nhân dân ");
        if (name == null) {
            name = prefixed(unitCode, "BCD_", "Ban Chỉ đạo phòng, chống dịch COVID-19 ");
        }
        if (name == null) {
            name = prefixed(unitCode, "TTYT_", "Trung tâm Y tế ");
        }
        return name != null ? name : unitCode;
    }

    private static String prefixed(String unitCode, String prefix, String title) {
        if (!unitCode.startsWith(prefix)) {
            return null;
        }
        String locality = LOCALITIES.get(unitCode.substring(prefix.length()));
        return locality == null ? null : title + locality;
    }
}
