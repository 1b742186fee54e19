package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.RegionLookup.Region;

import java.util.List;
import java.util.Map;

/** A few real provinces and counties, with the Statistical Centre's codes and spelling. */
final class TestRegions {

    static final String MARKAZI = "00";
    static final String MAZANDARAN = "02";
    static final String TEHRAN = "23";
    static final String GOLESTAN = "27";
    static final String QAEM_SHAHR = "0210";
    static final String SARI = "0207";
    static final String ARAK = "0001";
    static final String GORGAN = "2706";

    private TestRegions() {
    }

    static InMemoryRegionLookup lookup() {
        return new InMemoryRegionLookup(
                List.of(new Region(MARKAZI, "مرکزی"), new Region(MAZANDARAN, "مازندران"),
                        new Region("03", "آذربایجان شرقی"), new Region("04", "آذربایجان غربی"),
                        new Region("09", "خراسان رضوی"), new Region("14", "چهارمحال و بختیاری"),
                        new Region(TEHRAN, "تهران"), new Region(GOLESTAN, "گلستان")),
                Map.of(
                        MARKAZI, List.of(new Region(ARAK, "اراک"), new Region("0002", "آشتیان")),
                        MAZANDARAN, List.of(new Region("0201", "آمل"), new Region("0202", "بابل"),
                                new Region(SARI, "ساری"), new Region(QAEM_SHAHR, "قایم شهر"),
                                new Region("0214", "نور"), new Region("0215", "نوشهر")),
                        TEHRAN, List.of(new Region("2301", "تهران"), new Region("2305", "ری")),
                        GOLESTAN, List.of(new Region(GORGAN, "گرگان"), new Region("2701", "آق قلا"))));
    }
}
