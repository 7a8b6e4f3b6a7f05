package vn.hotline1022.reporting.digest.render;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.hotline1022.reporting.digest.domain.Digest;
import vn.hotline1022.reporting.digest.domain.QuestionGroup;
import vn.hotline1022.reporting.figures.ProvinceTime;

/** The same letter as the DOCX, as a printable HTML page (every value escaped: questions are free text). */
@Component
public class HtmlDigestRenderer {

    public String render(Digest d) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>
                <style>body{font-family:'Times New Roman',serif;font-size:14pt;max-width:21cm;margin:2cm auto;}
                .head{display:flex;justify-content:space-between;text-align:center}.head div{width:48%%}
                .b{font-weight:bold}.i{font-style:italic}.c{text-align:center}ol li{text-align:justify;margin:.4em 0}
                .foot{display:flex;justify-content:space-between;margin-top:2em}.sig{text-align:center;width:45%%}
                .rcp{font-size:11pt}</style></head><body>
                """.formatted(esc(d.subject())));
        html.append("<div class=\"head\"><div><div>").append(esc(d.letterhead().parentBody()))
                .append("</div><div class=\"b\">").append(esc(d.letterhead().issuingBody())).append("</div><div>")
                .append(esc(d.numberLine())).append("</div><div>").append(esc(d.subject())).append("</div></div>")
                .append("<div><div class=\"b\">CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
                .append("<div class=\"b\">Độc lập - Tự do - Hạnh phúc</div><div class=\"i\">")
                .append(esc(d.placeAndDate())).append("</div></div></div>");
        html.append("<p class=\"c\">Kính gửi: <b>").append(esc(d.unitName())).append(".</b></p>");
        if (d.groups().isEmpty()) {
            html.append("<p>Không có câu hỏi nào của người dân chuyển đến Quý cơ quan còn chờ trả lời.</p>");
        } else {
            html.append("<p>Tiểu ban Thông tin, Tuyên truyền tổng hợp ").append(d.questionCount())
                    .append(" nội dung câu hỏi (").append(d.callerCount())
                    .append(" lượt người dân gọi hỏi) chưa được trả lời, cụ thể như sau:</p><ol>");
            for (QuestionGroup g : d.groups()) {
                html.append("<li>").append(esc(g.question())).append(" <i>(Số người gọi hỏi: ").append(g.callers())
                        .append("; hạn trả lời: ").append(esc(d.deadlineText(g, ProvinceTime.ZONE)))
                        .append(")</i></li>");
            }
            html.append("</ol><p>Đề nghị Quý cơ quan xem xét, trả lời các nội dung trên trước thời hạn./.</p>");
        }
        String signer = d.letterhead().signerName();
        html.append("<div class=\"foot\"><div class=\"rcp\"><b><i>Nơi nhận:</i></b><br>- Như trên;<br>")
                .append("- Trưởng Ban Chỉ đạo tỉnh (để b/c);<br>- Tổng đài 1022;<br>- Lưu: VT, TTTT.</div>")
                .append("<div class=\"sig\"><div class=\"b\">").append(esc(d.letterhead().signerCapacity()))
                .append("</div><div class=\"b\">").append(esc(d.letterhead().signerTitle()))
                .append("</div><br><br><br><div class=\"b\">")
                .append(esc(signer == null || signer.isBlank() ? "(đã ký)" : signer))
                .append("</div></div></div></body></html>");
        return html.toString();
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
