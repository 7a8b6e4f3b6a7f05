package vn.hotline1022.reporting.digest.render;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.digest.domain.Digest;
import vn.hotline1022.reporting.digest.domain.QuestionGroup;
import vn.hotline1022.reporting.figures.ProvinceTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * The digest as an administrative letter (layout of Decree 30/2020/ND-CP): issuing body and national motto side
 * by side, number and subject under the body, place and date under the motto, "Kính gửi", numbered content,
 * then recipients on the left and the signature block on the right. Times New Roman, A4.
 */
@Component
public class DocxDigestRenderer {

    private static final String FONT = "Times New Roman";

    public byte[] render(Digest digest) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            header(doc, digest);
            addressee(doc, digest);
            body(doc, digest);
            closing(doc, digest);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        sect.addNewPgSz().setW(BigInteger.valueOf(11906));
        sect.getPgSz().setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    private static void header(XWPFDocument doc, Digest d) {
        XWPFTable table = twoColumns(doc, 3900, 5600);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(left.getParagraphs().get(0), d.letterhead().parentBody(), 11, false, false);
        line(left.addParagraph(), d.letterhead().issuingBody(), 12, true, false);
        line(left.addParagraph(), "________", 12, true, false);
        line(left.addParagraph(), d.numberLine(), 13, false, false);
        line(left.addParagraph(), d.subject(), 12, false, false);
        line(right.getParagraphs().get(0), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        line(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        line(right.addParagraph(), "________________________", 12, true, false);
        line(right.addParagraph(), d.placeAndDate(), 13, false, true);
    }

    private static void addressee(XWPFDocument doc, Digest d) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, "Kính gửi: ", 14, false, false);
        run(p, d.unitName() + ".", 14, true, false);
    }

    private static void body(XWPFDocument doc, Digest d) {
        String date = d.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        if (d.groups().isEmpty()) {
            paragraph(doc, "Trong ngày " + date + ", Tổng đài 1022 không có câu hỏi nào của người dân chuyển đến "
                    + "Quý cơ quan còn chờ trả lời. Tiểu ban Thông tin, Tuyên truyền trân trọng cảm ơn sự phối hợp "
                    + "của Quý cơ quan.");
            return;
        }
        paragraph(doc, "Thực hiện nhiệm vụ tiếp nhận, giải đáp thông tin của người dân qua Tổng đài 1022, Tiểu ban "
                + "Thông tin, Tuyên truyền tổng hợp " + d.questionCount() + " nội dung câu hỏi (" + d.callerCount()
                + " lượt người dân gọi hỏi) trong ngày " + date + " thuộc thẩm quyền của Quý cơ quan nhưng chưa được "
                + "trả lời, cụ thể như sau:");
        int n = 1;
        for (QuestionGroup g : d.groups()) {
            XWPFParagraph p = justified(doc);
            p.setIndentationFirstLine(567);
            run(p, n++ + ". " + g.question(), 14, false, false);
            run(p, " (Số người gọi hỏi: " + g.callers() + "; hạn trả lời: "
                    + d.deadlineText(g, ProvinceTime.ZONE) + ")", 14, false, true);
        }
        paragraph(doc, "Đề nghị Quý cơ quan xem xét, trả lời các nội dung trên trước thời hạn nêu tại từng câu hỏi "
                + "qua hệ thống Tổng đài 1022 để Tổng đài viên kịp thời thông tin lại cho người dân./.");
    }

    private static void closing(XWPFDocument doc, Digest d) {
        XWPFTable table = twoColumns(doc, 4500, 5000);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph recipients = left.getParagraphs().get(0);
        recipients.setAlignment(ParagraphAlignment.LEFT);
        run(recipients, "Nơi nhận:", 12, true, true);
        for (String r : new String[] {"- Như trên;", "- Trưởng Ban Chỉ đạo tỉnh (để b/c);",
                "- Tổng đài 1022;", "- Lưu: VT, TTTT."}) {
            XWPFParagraph p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, r, 11, false, false);
        }
        line(right.getParagraphs().get(0), d.letterhead().signerCapacity(), 13, true, false);
        line(right.addParagraph(), d.letterhead().signerTitle(), 13, true, false);
        for (int i = 0; i < 3; i++) {
            right.addParagraph();
        }
        String signer = d.letterhead().signerName();
        line(right.addParagraph(), signer == null || signer.isBlank() ? "(đã ký)" : signer, 14, true, false);
    }

    private static XWPFTable twoColumns(XWPFDocument doc, int leftWidth, int rightWidth) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth(String.valueOf(leftWidth + rightWidth));
        // fixed layout with an explicit grid: Word and LibreOffice otherwise shrink the columns to their content
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        int[] widths = {leftWidth, rightWidth};
        for (int i = 0; i < widths.length; i++) {
            var col = i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
            col.setW(BigInteger.valueOf(widths[i]));
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = justified(doc);
        p.setIndentationFirstLine(567);
        run(p, text, 14, false, false);
    }

    private static XWPFParagraph justified(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(120);
        return p;
    }

    private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }
}
