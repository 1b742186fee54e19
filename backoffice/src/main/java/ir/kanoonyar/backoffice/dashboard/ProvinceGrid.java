package ir.kanoonyar.backoffice.dashboard;

import java.util.List;

/**
 * The national map as a tile grid: each of the 31 provinces (by its Statistical Centre code) on a cell
 * of a 6 × 7 grid, roughly where it lies, west on the left and north on top. No province shapes are
 * kept in the repository (none in the public domain was at hand offline), so this is a schematic map,
 * not a drawing of borders.
 */
final class ProvinceGrid {

    record Place(String code, int row, int column) {
    }

    static final List<Place> PLACES = List.of(
            new Place("04", 1, 1), new Place("03", 1, 2), new Place("24", 1, 3), new Place("01", 1, 4),
            new Place("02", 1, 5), new Place("27", 1, 6), new Place("28", 1, 7),
            new Place("12", 2, 1), new Place("19", 2, 2), new Place("26", 2, 3), new Place("30", 2, 4),
            new Place("23", 2, 5), new Place("20", 2, 6), new Place("09", 2, 7),
            new Place("05", 3, 1), new Place("13", 3, 2), new Place("00", 3, 3), new Place("25", 3, 4),
            new Place("16", 4, 1), new Place("15", 4, 2), new Place("14", 4, 3), new Place("10", 4, 4),
            new Place("21", 4, 5), new Place("29", 4, 7),
            new Place("06", 5, 1), new Place("17", 5, 2), new Place("07", 5, 4), new Place("08", 5, 5),
            new Place("11", 5, 7),
            new Place("18", 6, 2), new Place("22", 6, 5));

    private ProvinceGrid() {
    }
}
