package ir.kanoonyar.db.filing;

import java.time.Instant;
import java.time.LocalDate;

import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.testsupport.RandomPeople;

/** Registered people for the filing tests, each with a fresh national code and mobile. */
final class Applicants {

    private Applicants() {
    }

    static Person registeredIn(County county, PersonRepository persons) {
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(RandomPeople.nationalCode(), "زهرا", "کریمی", mobile(),
                LocalDate.of(1988, 6, 1), Gender.FEMALE, Education.MASTER, "اراک", county.getProvince().getId(),
                county.getId()), Instant.now());
        return persons.save(person);
    }

    static String mobile() {
        return "0912" + RandomPeople.digits(7);
    }
}
