package ir.kanoonyar.db.form;

import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provinces and counties of the database. They are loaded by a migration and never edited, so
 * they are read once, on first use, into an {@link InMemoryRegionLookup} that does the matching.
 */
@Component
public class JpaRegionLookup implements RegionLookup {

    private final ProvinceRepository provinceRepository;
    private final CountyRepository countyRepository;
    private volatile InMemoryRegionLookup regions;

    public JpaRegionLookup(ProvinceRepository provinceRepository, CountyRepository countyRepository) {
        this.provinceRepository = provinceRepository;
        this.countyRepository = countyRepository;
    }

    private InMemoryRegionLookup regions() {
        InMemoryRegionLookup loaded = regions;
        if (loaded == null) {
            synchronized (this) {
                loaded = regions;
                if (loaded == null) {
                    loaded = load();
                    regions = loaded;
                }
            }
        }
        return loaded;
    }

    private InMemoryRegionLookup load() {
        List<Province> provinces = provinceRepository.findAllByOrderByCodeAsc();
        Map<String, List<Region>> counties = new LinkedHashMap<>();
        for (Province province : provinces) {
            counties.put(province.getCode(), countyRepository.findByProvinceIdOrderByCodeAsc(province.getId()).stream()
                    .map(JpaRegionLookup::region)
                    .toList());
        }
        return new InMemoryRegionLookup(
                provinces.stream().map(p -> new Region(p.getCode(), p.getName())).toList(), counties);
    }

    private static Region region(County county) {
        return new Region(county.getCode(), county.getName());
    }

    @Override
    public List<Region> provinces() {
        return regions().provinces();
    }

    @Override
    public List<Region> counties(String provinceCode) {
        return regions().counties(provinceCode);
    }

    @Override
    public Optional<String> provinceCode(String typedName) {
        return regions().provinceCode(typedName);
    }

    @Override
    public Optional<String> countyCode(String provinceCode, String typedName) {
        return regions().countyCode(provinceCode, typedName);
    }

    @Override
    public List<Region> countiesNamed(String typedName) {
        return regions().countiesNamed(typedName);
    }

    @Override
    public List<Region> provinceSuggestions(String typedName, int limit) {
        return regions().provinceSuggestions(typedName, limit);
    }

    @Override
    public List<Region> countySuggestions(String provinceCode, String typedName, int limit) {
        return regions().countySuggestions(provinceCode, typedName, limit);
    }

    @Override
    public Optional<String> provinceName(String provinceCode) {
        return regions().provinceName(provinceCode);
    }

    @Override
    public Optional<String> countyName(String countyCode) {
        return regions().countyName(countyCode);
    }

    @Override
    public Optional<String> provinceOf(String countyCode) {
        return regions().provinceOf(countyCode);
    }
}
