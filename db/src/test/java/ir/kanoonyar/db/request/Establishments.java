package ir.kanoonyar.db.request;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answers of an establishment request, as the bot stores them, for tests. */
public final class Establishments {

    private Establishments() {
    }

    public static Map<String, String> answers(String provinceCode, String countyCode) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("mosque_name", "مسجد جامع امام حسن مجتبی");
        answers.put("province", provinceCode);
        answers.put("county", countyCode);
        answers.put("locality", "اراک");
        answers.put("rural", "no");
        answers.put("mosque_address", "خیابان شریعتی، کوچه ۱۲");
        answers.put("postal_code", "3813845678");
        answers.put("location", "34.091400,49.689200");
        answers.put("audience", "sisters");
        answers.put("proposed_name", "کانون فرهنگی هنری ریحانه");
        answers.put("activity_areas", "quran,book");
        answers.put("space_m2", "120");
        return answers;
    }
}
