package ir.kanoonyar.db.member;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file as a stream of XML (POI's event API), so a large sheet
 * is never held as a workbook: rows are kept up to the limit and reading stops at the one after.
 * A formula's cell gives the value Excel saved with it (its cached result); a formula without one,
 * and an error cell, are the row's problem. A cell inside a merged range is the row's problem too,
 * since only the range's first cell has a value.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<SheetRow> read(byte[] bytes, int limit, MemberMessages messages) throws SheetRefused {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRefused(FileRefusal.NO_ROWS);
            }
            SheetHandler handler = new SheetHandler(strings, limit, messages);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (TooManyRows e) {
                throw new SheetRefused(FileRefusal.TOO_MANY_ROWS);
            }
            return handler.rows(messages);
        } catch (SheetRefused e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw new SheetRefused(FileRefusal.UNREADABLE);
        }
    }

    /** Stops the parser once the sheet has more rows than asked for. */
    private static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final int limit;
        private final MemberMessages messages;
        private final List<Integer> rowNumbers = new ArrayList<>();
        private final List<Map<Integer, String>> rowCells = new ArrayList<>();
        private final List<List<String>> rowProblems = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();

        private int rowNumber;
        private Map<Integer, String> cells;
        private List<String> problems;
        private String cellRef;
        private String cellType;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, int limit, MemberMessages messages) {
            this.strings = strings;
            this.limit = limit;
            this.messages = messages;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                    problems = new ArrayList<>();
                }
                case "c" -> {
                    cellRef = attributes.getValue("r");
                    cellType = attributes.getValue("t");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "t" -> inInline = "inlineStr".equals(cellType);
                case "mergeCell" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null) {
                        merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInline = false;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void endCell() {
            int column = cellRef == null ? cells.size() : new CellReference(cellRef).getCol();
            String ref = cellRef == null ? "" : cellRef;
            String raw = value.toString();
            if ("e".equals(cellType)) {
                problems.add(messages.get("members.cell.error", ref));
                return;
            }
            if (formula && raw.isEmpty()) {
                problems.add(messages.get("members.cell.formula", ref));
                return;
            }
            String shown = switch (cellType == null ? "n" : cellType) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                case "n" -> number(raw);
                default -> raw;
            };
            cells.put(column, shown == null ? "" : shown.strip());
        }

        private void endRow() throws SAXException {
            boolean blank = problems.isEmpty() && cells.values().stream().allMatch(String::isBlank);
            if (blank) {
                return;
            }
            if (rowNumbers.size() >= limit) {
                throw new TooManyRows();
            }
            rowNumbers.add(rowNumber);
            rowCells.add(cells);
            rowProblems.add(problems);
        }

        /** 9121234567 rather than 9.121234567E9; 1390 rather than 1390.0. */
        private static String number(String raw) {
            if (raw.isBlank()) {
                return "";
            }
            try {
                return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        List<SheetRow> rows(MemberMessages messages) throws SheetRefused {
            List<SheetRow> rows = new ArrayList<>();
            for (int i = 0; i < rowNumbers.size(); i++) {
                int number = rowNumbers.get(i);
                List<String> found = new ArrayList<>(rowProblems.get(i));
                for (CellRangeAddress range : merged) {
                    if (range.getFirstRow() + 1 <= number && number <= range.getLastRow() + 1) {
                        if (i == 0) {
                            throw new SheetRefused(FileRefusal.MERGED_HEADER, range.formatAsString());
                        }
                        found.add(messages.get("members.cell.merged", range.formatAsString()));
                    }
                }
                Map<Integer, String> byColumn = rowCells.get(i);
                int width = byColumn.isEmpty() ? 0 : ((TreeMap<Integer, String>) byColumn).lastKey() + 1;
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(byColumn.getOrDefault(c, ""));
                }
                rows.add(new SheetRow(number, cells, found));
            }
            return rows;
        }
    }
}
