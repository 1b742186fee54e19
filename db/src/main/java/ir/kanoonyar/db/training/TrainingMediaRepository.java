package ir.kanoonyar.db.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TrainingMediaRepository extends JpaRepository<TrainingMedia, Long> {

    /** The files' names and types, their bytes left in the database. */
    @Query("select new ir.kanoonyar.db.training.MediaFacts(m.id, m.fileName, m.contentType, m.sizeBytes) "
            + "from TrainingMedia m where m.id in :ids")
    List<MediaFacts> findFactsByIdIn(@Param("ids") Collection<Long> ids);

    default Optional<MediaFacts> findFactsById(long id) {
        return findFactsByIdIn(List.of(id)).stream().findFirst();
    }
}
