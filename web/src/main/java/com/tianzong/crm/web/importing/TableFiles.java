package com.tianzong.crm.web.importing;

import com.tianzong.crm.platform.importing.ImportTable;
import com.tianzong.crm.platform.importing.RecordImport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Checks an uploaded file and reads its first sheet or its text as rows of text (PLT-10). Only
 * CSV and Excel 2007+ (.xlsx) are taken, at most {@value #MAX_BYTES} bytes, and the content must
 * be what the name says (a renamed program or archive is refused). CSV may be UTF-8 (with or
 * without BOM), UTF-16 with BOM (Excel's "Unicode text", tab separated), or GB18030/GBK as older
 * Chinese Excel saves it. Excel is read as a stream (Apache POI's event API), so large sheets
 * take little memory, and with POI's zip-bomb limits.
 */
public final class TableFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TableFiles() {
    }

    public static ImportTable read(String fileName, byte[] content) throws ImportFileException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length > MAX_BYTES) {
            throw new ImportFileException("upload.tooLarge", Integer.toString(MAX_BYTES / 1024 / 1024));
        }
        if (content.length == 0) {
            throw new ImportFileException("upload.empty");
        }
        ImportTable table;
        if (name.endsWith(".xlsx")) {
            if (!startsWith(content, 'P', 'K', 3, 4)) {
                throw new ImportFileException("upload.contentMismatch");
            }
            table = xlsx(content);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            table = csv(content);
        } else {
            throw new ImportFileException("upload.type");
        }
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw new ImportFileException("upload.noHeader");
        }
        return table;
    }

    private static ImportTable csv(byte[] content) throws ImportFileException {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new ImportFileException("upload.contentMismatch");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<ImportTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new ImportTable.Row((int) record.getRecordNumber(), cells));
                    tooMany(rows);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("upload.unreadable");
        }
        if (headers == null) {
            throw new ImportFileException("upload.noHeader");
        }
        return new ImportTable(headers, rows);
    }

    /** UTF-16 by its BOM, else UTF-8 if it is valid UTF-8, else GB18030 (a superset of GBK). */
    private static String decode(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static ImportTable xlsx(byte[] content) throws ImportFileException {
        SheetRows sheet = new SheetRows();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("upload.noHeader");
            }
            try (InputStream first = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), sheet, new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(first));
            }
        } catch (TooManyRows e) {
            throw new ImportFileException("import.tooManyRows", Integer.toString(RecordImport.MAX_ROWS));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new ImportFileException("upload.unreadable");
        }
        if (sheet.headers == null) {
            throw new ImportFileException("upload.noHeader");
        }
        return new ImportTable(sheet.headers, sheet.rows);
    }

    private static void tooMany(List<ImportTable.Row> rows) throws ImportFileException {
        if (rows.size() > RecordImport.MAX_ROWS) {
            throw new ImportFileException("import.tooManyRows", Integer.toString(RecordImport.MAX_ROWS));
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Rows of the first sheet as the event reader reports them; empty cells filled in. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        List<String> headers;
        final List<ImportTable.Row> rows = new ArrayList<>();
        private String[] current;
        private int row;

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            current = new String[headers == null ? 16 : Math.max(headers.size(), 1)];
            Arrays.fill(current, "");
        }

        @Override
        public void endRow(int rowNum) {
            List<String> cells = List.of(current);
            if (headers == null) {
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    headers = trimTrailingBlanks(cells);
                }
            } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(new ImportTable.Row(row + 1, cells));
                if (rows.size() > RecordImport.MAX_ROWS) {
                    throw new TooManyRows();
                }
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? 0 : new CellReference(reference).getCol();
            if (column >= current.length) {
                String[] wider = Arrays.copyOf(current, column + 1);
                Arrays.fill(wider, current.length, wider.length, "");
                current = wider;
            }
            current[column] = formattedValue == null ? "" : formattedValue;
        }

        private static List<String> trimTrailingBlanks(List<String> cells) {
            int end = cells.size();
            while (end > 0 && cells.get(end - 1).isBlank()) {
                end--;
            }
            return cells.subList(0, end);
        }
    }

    /** Stops reading a sheet that has more rows than an import may have. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
