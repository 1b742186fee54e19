package ir.kanoonyar.db.training;

import java.time.LocalDate;
import java.util.List;

import ir.kanoonyar.db.kanoon.Kanoon;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Managers whose training deadline (manager since + the guideline's N days) falls in a window. */
public interface NewManagers extends Repository<Kanoon, Long> {

    /** Kanoons not closed whose manager took over between the two days, inclusive. */
    @Query("SELECT k FROM Kanoon k WHERE k.managerPersonId IS NOT NULL AND k.status <> ir.kanoonyar.db.kanoon.KanoonStatus.CLOSED "
            + "AND k.managerSince BETWEEN :from AND :to ORDER BY k.id")
    List<Kanoon> managedSinceBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
