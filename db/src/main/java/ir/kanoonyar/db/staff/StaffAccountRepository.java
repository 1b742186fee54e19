package ir.kanoonyar.db.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    List<StaffAccount> findByProvinceIdOrderByUsername(Long provinceId);

    boolean existsByRole(StaffRole role);

    List<StaffAccount> findByUsernameIn(Collection<String> usernames);

    Optional<StaffAccount> findByChatLinkToken(String chatLinkToken);

    List<StaffAccount> findByEnabledTrue();

    List<StaffAccount> findByRoleAndEnabledTrue(StaffRole role);

    List<StaffAccount> findByRoleAndProvinceIdAndEnabledTrue(StaffRole role, Long provinceId);

    List<StaffAccount> findByRoleAndCountyIdAndEnabledTrue(StaffRole role, Long countyId);
}
