package ir.kanoonyar.db.filing;

import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.form.RegionLookup;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province and county a form's answers name. The bot stores the Statistical Centre's codes; a
 * caller that holds names as people typed them (the back-office) may pass those, matched as the bot's
 * form matches them ({@link RegionLookup}: spaces, ZWNJ, hamza forms and Arabic letters do not
 * matter). A county must lie in the province answered beside it.
 */
@Component
@Transactional(readOnly = true)
public class AnswerRegions {

    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final RegionLookup names;

    public AnswerRegions(ProvinceRepository provinces, CountyRepository counties, RegionLookup names) {
        this.provinces = provinces;
        this.counties = counties;
        this.names = names;
    }

    /** The province and county of the answers; empty when either is missing or unknown, or they disagree. */
    public Optional<Placement> provinceAndCounty(Map<String, String> answers) {
        Optional<Province> province = province(answers.get(FieldKeys.PROVINCE));
        if (province.isEmpty()) {
            return Optional.empty();
        }
        return county(province.get(), answers.get(FieldKeys.COUNTY))
                .map(county -> Placement.region(province.get().getId(), county.getId()));
    }

    /** The province of the answers; empty when missing or unknown. */
    public Optional<Long> provinceId(Map<String, String> answers) {
        return province(answers.get(FieldKeys.PROVINCE)).map(Province::getId);
    }

    /** The county of the answers (in the province answered, when there is one); empty when unknown. */
    public Optional<County> county(Map<String, String> answers) {
        String typedProvince = answers.get(FieldKeys.PROVINCE);
        if (typedProvince == null) {
            return countyByCode(answers.get(FieldKeys.COUNTY));
        }
        return province(typedProvince).flatMap(p -> county(p, answers.get(FieldKeys.COUNTY)));
    }

    private Optional<Province> province(String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        Optional<Province> byCode = provinces.findByCode(answer.strip());
        return byCode.isPresent() ? byCode : names.provinceCode(answer).flatMap(provinces::findByCode);
    }

    private Optional<County> county(Province province, String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        Optional<County> byCode = counties.findByCode(answer.strip());
        if (byCode.isPresent()) {
            return byCode.filter(c -> c.getProvince().getId().equals(province.getId()));
        }
        return names.countyCode(province.getCode(), answer).flatMap(counties::findByCode);
    }

    private Optional<County> countyByCode(String answer) {
        return answer == null || answer.isBlank() ? Optional.empty() : counties.findByCode(answer.strip());
    }
}
