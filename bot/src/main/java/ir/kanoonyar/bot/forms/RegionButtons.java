package ir.kanoonyar.bot.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.db.form.RegionLookup;
import ir.kanoonyar.db.form.RegionLookup.Region;
import org.springframework.stereotype.Component;

/**
 * The buttons under a province or county question, in Persian alphabetical order, a few a row: every
 * province at once (there are 31), and the counties of the province already answered a page at a time
 * with «قبلی» and «بعدی». A button carries a region's code; the validator checks it again when pressed
 * (a county must lie in the province answered), so a forged one is refused.
 */
@Component
public class RegionButtons {

    static final int PER_ROW = 3;
    /** Counties shown at once: three rows of three. */
    static final int PER_PAGE = 9;

    private final RegionLookup regions;
    private final Texts texts;
    private final Comparator<Region> byName;

    public RegionButtons(RegionLookup regions, Texts texts) {
        this.regions = regions;
        this.texts = texts;
        Collator persian = Collator.getInstance(new ULocale("fa"));
        this.byName = Comparator.comparing(Region::name, persian::compare);
    }

    public List<List<Reply.Button>> provinces(int stamp) {
        return rows(stamp, regions.provinces().stream().sorted(byName).toList());
    }

    /** How many pages the counties of the province take; 0 for an unknown province. */
    public int pages(String provinceCode) {
        int counties = provinceCode == null ? 0 : regions.counties(provinceCode).size();
        return (counties + PER_PAGE - 1) / PER_PAGE;
    }

    /** The page (from 0) the person may see: a page beyond the last shows the last. */
    public int fit(String provinceCode, int page) {
        return Math.max(0, Math.min(page, pages(provinceCode) - 1));
    }

    /** One page of the province's counties, with a row to turn pages when there are more. */
    public List<List<Reply.Button>> counties(int stamp, String provinceCode, int page) {
        if (provinceCode == null) {
            return List.of();
        }
        List<Region> all = regions.counties(provinceCode).stream().sorted(byName).toList();
        int shown = fit(provinceCode, page);
        int from = shown * PER_PAGE;
        List<List<Reply.Button>> rows = new ArrayList<>(rows(stamp, all.subList(from, Math.min(all.size(), from + PER_PAGE))));
        List<Reply.Button> turn = new ArrayList<>();
        if (shown > 0) {
            turn.add(Reply.Button.callback(texts.get(Text.FORM_REGION_PREVIOUS), stamp, new ButtonData.RegionPage(shown - 1)));
        }
        if (from + PER_PAGE < all.size()) {
            turn.add(Reply.Button.callback(texts.get(Text.FORM_REGION_NEXT), stamp, new ButtonData.RegionPage(shown + 1)));
        }
        if (!turn.isEmpty()) {
            rows.add(turn);
        }
        return rows;
    }

    /** Under the county question when the counties take more than one page, e.g. «صفحهٔ ۲ از ۴». */
    public String pageNote(String provinceCode, int page) {
        int pages = pages(provinceCode);
        return pages > 1 ? texts.get(Text.FORM_REGION_PAGE, fit(provinceCode, page) + 1, pages) : null;
    }

    private static List<List<Reply.Button>> rows(int stamp, List<Region> regions) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (int i = 0; i < regions.size(); i += PER_ROW) {
            rows.add(regions.subList(i, Math.min(regions.size(), i + PER_ROW)).stream()
                    .map(r -> Reply.Button.callback(r.name(), stamp, new ButtonData.Pick(r.code())))
                    .toList());
        }
        return rows;
    }
}
