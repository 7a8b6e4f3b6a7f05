package vn.hotline1022.reporting.export;

import java.text.NumberFormat;
import java.util.Locale;

/** A ratio shown as a percentage: "33,3 %" in CSV, a percent-formatted number in XLSX (so it still sums and sorts). */
public record Percent(double ratio) {

    @Override
    public String toString() {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        f.setMaximumFractionDigits(1);
        return f.format(ratio * 100) + " %";
    }
}
