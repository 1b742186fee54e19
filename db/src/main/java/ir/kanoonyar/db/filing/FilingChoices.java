package ir.kanoonyar.db.filing;

import java.util.LinkedHashMap;
import java.util.Map;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a form may offer a person to pick: their kanoons, and mosques by part of their name. */
@Service
@Transactional(readOnly = true)
public class FilingChoices {

    private final KanoonRepository kanoons;
    private final MosqueRepository mosques;
    private final PersonRepository persons;
    private final AnswerRegions regions;

    public FilingChoices(KanoonRepository kanoons, MosqueRepository mosques, PersonRepository persons,
                         AnswerRegions regions) {
        this.kanoons = kanoons;
        this.mosques = mosques;
        this.persons = persons;
        this.regions = regions;
    }

    /** The kanoons a request may be about: those the person manages and that are not closed; id → name. */
    public Map<Long, String> kanoonsOf(Long personId) {
        Map<Long, String> mine = new LinkedHashMap<>();
        if (personId != null) {
            for (Kanoon kanoon : kanoons.findByManagerPersonId(personId)) {
                if (kanoon.getStatus() != KanoonStatus.CLOSED) {
                    mine.put(kanoon.getId(), kanoon.getName());
                }
            }
        }
        return mine;
    }

    /**
     * Mosques whose name contains the typed text, at most a screenful, id → name: in the county
     * answered earlier in the form, or else the person's own.
     */
    public Map<Long, String> mosquesMatching(Long personId, Map<String, String> answers, String typed) {
        Long countyId = answers.containsKey(FieldKeys.COUNTY)
                ? regions.county(answers).map(County::getId).orElse(null)
                : (personId == null ? null : persons.findById(personId).map(Person::getCountyId).orElse(null));
        Map<Long, String> found = new LinkedHashMap<>();
        if (countyId != null) {
            mosques.findTop20ByCountyIdAndNameContainingOrderByName(countyId, PersianText.normalize(typed))
                    .forEach(m -> found.put(m.getId(), m.getName()));
        }
        return found;
    }
}
