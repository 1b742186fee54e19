package ir.kanoonyar.db.member;

import java.util.List;

/**
 * One row of a spreadsheet as read: its number as the person sees it (1 is the first row), its cells
 * by column (from 0; blank cells are empty strings), and the cells that cannot be trusted, already
 * worded (a merged cell, a formula without a value, an error cell).
 */
public record SheetRow(int number, List<String> cells, List<String> problems) {

    public SheetRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean blank() {
        return problems.isEmpty() && cells.stream().allMatch(c -> c.isBlank());
    }
}
