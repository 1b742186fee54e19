package ir.kanoonyar.db.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByNationalCode(String nationalCode);

    List<Person> findByMobile(String mobile);
}
