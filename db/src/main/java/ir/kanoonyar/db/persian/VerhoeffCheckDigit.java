package ir.kanoonyar.db.persian;

/**
 * Verhoeff's decimal check digit (1969), built on the dihedral group D5. Unlike a weighted sum mod
 * 10 (Luhn), it catches every single-digit error and every transposition of adjacent digits.
 */
final class VerhoeffCheckDigit {

    /** Multiplication in D5. */
    private static final int[][] MULTIPLY = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
            {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
            {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
            {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
            {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
            {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};

    /** The permutation applied to a digit, by its position from the right (mod 8). */
    private static final int[][] PERMUTE = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
            {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
            {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
            {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
            {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    private static final int[] INVERSE = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    private VerhoeffCheckDigit() {
    }

    /** The digit to append to {@code digits} (ASCII digits only). */
    static int compute(String digits) {
        // Positions count from 1 because the check digit will take position 0.
        return INVERSE[checksum(digits, 1)];
    }

    /** Whether {@code digits} (ASCII digits only) ends in its correct check digit. */
    static boolean isValid(String digits) {
        return !digits.isEmpty() && checksum(digits, 0) == 0;
    }

    private static int checksum(String digits, int firstPosition) {
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            check = MULTIPLY[check][PERMUTE[(i + firstPosition) % 8][digit]];
        }
        return check;
    }
}
