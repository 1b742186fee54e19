package ir.kanoonyar.db.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Provinces and counties by the names people type. Names match by {@link
 * ir.kanoonyar.db.persian.PersianText#matchKey}: spaces, ZWNJ, hamza forms and Arabic letters do not
 * matter, so «قائم‌شهر», «قائم شهر» and «قایم شهر» are the same county. Codes are never matched
 * as names: a typed "۲" is no province.
 *
 * <p>{@link InMemoryRegionLookup} holds the matching; {@link JpaRegionLookup} feeds it from the
 * database.
 */
public interface RegionLookup {

    /** A province or county: its Statistical Centre code and official name. */
    record Region(String code, String name) {
        public Region {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Every province, by code. */
    List<Region> provinces();

    /** The counties of a province, by code; empty for an unknown province. */
    List<Region> counties(String provinceCode);

    /** The code of the province with that name as typed. */
    Optional<String> provinceCode(String typedName);

    /** The code of the county with that name as typed, in that province only. */
    Optional<String> countyCode(String provinceCode, String typedName);

    /** Counties of any province with that name as typed (usually none or one). */
    List<Region> countiesNamed(String typedName);

    /** Up to {@code limit} provinces whose names are most like the typed one, best first. */
    List<Region> provinceSuggestions(String typedName, int limit);

    /** Up to {@code limit} counties of the province whose names are most like the typed one, best first. */
    List<Region> countySuggestions(String provinceCode, String typedName, int limit);

    Optional<String> provinceName(String provinceCode);

    Optional<String> countyName(String countyCode);

    /** The code of the province a county lies in. */
    Optional<String> provinceOf(String countyCode);
}
