package vn.hotline1022.reporting.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** One sheet per table; numbers stay numbers so supervisors can chart them in Excel. */
@Component
public class XlsxExport {

    public byte[] render(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            // numbers stay numbers a supervisor can sum and pivot; only their display is Vietnamese
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            for (Table t : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(t.title()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < t.headers().size(); c++) {
                    head.createCell(c).setCellValue(t.headers().get(c));
                    head.getCell(c).setCellStyle(header);
                }
                int r = 1;
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Percent p) {
                            row.createCell(c).setCellValue(p.ratio());
                            row.getCell(c).setCellStyle(percent);
                        } else if (v instanceof java.time.LocalDate d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(date);
                        } else if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(v == null ? "" : v.toString());
                        }
                    }
                }
                for (int c = 0; c < t.headers().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, t.headers().get(c).length() + 4)) * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
