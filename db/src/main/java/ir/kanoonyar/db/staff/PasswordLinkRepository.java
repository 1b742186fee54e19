package ir.kanoonyar.db.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);

    /** A new link replaces the account's earlier unused ones. */
    @Modifying
    @Query("DELETE FROM PasswordLink l WHERE l.accountId = :accountId AND l.usedAt IS NULL")
    int deleteUnusedOf(@Param("accountId") Long accountId);
}
