package ir.kanoonyar.db.form;

import ir.kanoonyar.db.persian.PersianText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provinces and counties held in memory, with the name matching and the suggestions. The regions
 * are a fixed list (loaded by a migration and never edited), so {@link JpaRegionLookup} reads them
 * once into one of these. Immutable and thread-safe.
 */
public final class InMemoryRegionLookup implements RegionLookup {

    private final List<Region> provinces;
    private final Map<String, String> provinceNames = new LinkedHashMap<>();
    private final Map<String, List<Region>> countiesByProvince = new LinkedHashMap<>();
    private final Map<String, String> countyNames = new LinkedHashMap<>();
    private final Map<String, String> provinceOfCounty = new LinkedHashMap<>();

    /**
     * @param countiesByProvinceCode the counties of each province, by the province's code
     */
    public InMemoryRegionLookup(List<Region> provinces, Map<String, List<Region>> countiesByProvinceCode) {
        this.provinces = provinces.stream().sorted(Comparator.comparing(Region::code)).toList();
        for (Region province : this.provinces) {
            if (provinceNames.put(province.code(), province.name()) != null) {
                throw new IllegalArgumentException("Province code twice: " + province.code());
            }
        }
        countiesByProvinceCode.forEach((provinceCode, counties) -> {
            if (!provinceNames.containsKey(provinceCode)) {
                throw new IllegalArgumentException("Counties of an unknown province: " + provinceCode);
            }
            List<Region> sorted = counties.stream().sorted(Comparator.comparing(Region::code)).toList();
            for (Region county : sorted) {
                if (countyNames.put(county.code(), county.name()) != null) {
                    throw new IllegalArgumentException("County code twice: " + county.code());
                }
                provinceOfCounty.put(county.code(), provinceCode);
            }
            countiesByProvince.put(provinceCode, sorted);
        });
    }

    /** Knows no region: for messages that never show one. */
    public static InMemoryRegionLookup empty() {
        return new InMemoryRegionLookup(List.of(), Map.of());
    }

    @Override
    public List<Region> provinces() {
        return provinces;
    }

    @Override
    public List<Region> counties(String provinceCode) {
        return countiesByProvince.getOrDefault(provinceCode, List.of());
    }

    @Override
    public Optional<String> provinceCode(String typedName) {
        return named(provinces, typedName).stream().findFirst().map(Region::code);
    }

    @Override
    public Optional<String> countyCode(String provinceCode, String typedName) {
        return named(counties(provinceCode), typedName).stream().findFirst().map(Region::code);
    }

    @Override
    public List<Region> countiesNamed(String typedName) {
        List<Region> all = new ArrayList<>();
        countiesByProvince.values().forEach(all::addAll);
        return named(all, typedName);
    }

    @Override
    public List<Region> provinceSuggestions(String typedName, int limit) {
        return suggestions(provinces, typedName, limit);
    }

    @Override
    public List<Region> countySuggestions(String provinceCode, String typedName, int limit) {
        return suggestions(counties(provinceCode), typedName, limit);
    }

    @Override
    public Optional<String> provinceName(String provinceCode) {
        return Optional.ofNullable(provinceNames.get(provinceCode));
    }

    @Override
    public Optional<String> countyName(String countyCode) {
        return Optional.ofNullable(countyNames.get(countyCode));
    }

    @Override
    public Optional<String> provinceOf(String countyCode) {
        return Optional.ofNullable(provinceOfCounty.get(countyCode));
    }

    private static List<Region> named(List<Region> regions, String typedName) {
        String key = PersianText.matchKey(typedName);
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        return regions.stream().filter(r -> key.equals(PersianText.matchKey(r.name()))).toList();
    }

    /**
     * Names that contain the typed one or are contained in it (e.g. «آذربایجان», «استان تهران»),
     * then names within a small edit distance (about one typo in three letters), nearest first.
     */
    private static List<Region> suggestions(List<Region> regions, String typedName, int limit) {
        String key = PersianText.matchKey(typedName);
        if (key == null || key.isEmpty() || limit <= 0) {
            return List.of();
        }
        int tolerance = Math.max(1, Math.min(3, key.length() / 3));
        record Scored(Region region, int rank) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Region region : regions) {
            String name = PersianText.matchKey(region.name());
            boolean contains = key.length() >= 2 && name.length() >= 2 && (name.contains(key) || key.contains(name));
            int distance = editDistance(key, name);
            if (contains) {
                scored.add(new Scored(region, Math.abs(name.length() - key.length()) - 100));
            } else if (distance <= tolerance) {
                scored.add(new Scored(region, distance));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::rank).thenComparing(s -> s.region().code()))
                .limit(limit)
                .map(Scored::region)
                .toList();
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
