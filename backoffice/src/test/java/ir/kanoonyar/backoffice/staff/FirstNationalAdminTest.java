package ir.kanoonyar.backoffice.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class FirstNationalAdminTest {

    private final StaffAccountRepository accounts = mock(StaffAccountRepository.class);
    private final PasswordPolicy policy = new PasswordPolicy();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void createsTheFirstNationalAdminWithAHashedPassword() {
        when(accounts.existsByRole(StaffRole.NATIONAL_ADMIN)).thenReturn(false);
        new FirstNationalAdmin(accounts, policy, clock, "admin", "a-long-password-123").run(null);

        ArgumentCaptor<StaffAccount> saved = ArgumentCaptor.forClass(StaffAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getRole()).isEqualTo(StaffRole.NATIONAL_ADMIN);
        assertThat(saved.getValue().getPasswordHash()).doesNotContain("a-long-password-123").startsWith("$2a$12$");
        assertThat(new BCryptPasswordEncoder().matches("a-long-password-123", saved.getValue().getPasswordHash()))
                .isTrue();
    }

    @Test
    void doesNothingOnceANationalAdminExists() {
        when(accounts.existsByRole(StaffRole.NATIONAL_ADMIN)).thenReturn(true);
        new FirstNationalAdmin(accounts, policy, clock, "admin", "a-long-password-123").run(null);
        verify(accounts, never()).save(any());
    }

    @Test
    void doesNothingWithoutSettings() {
        new FirstNationalAdmin(accounts, policy, clock, "", "").run(null);
        verify(accounts, never()).save(any());
    }

    @Test
    void refusesAShortPassword() {
        when(accounts.existsByRole(StaffRole.NATIONAL_ADMIN)).thenReturn(false);
        assertThatThrownBy(() -> new FirstNationalAdmin(accounts, policy, clock, "admin", "short").run(null))
                .hasMessageContaining("12");
        verify(accounts, never()).save(any());
    }

    @Test
    void refusesACommonPasswordTheUserNameOrOneLongerThanBcryptReads() {
        when(accounts.existsByRole(StaffRole.NATIONAL_ADMIN)).thenReturn(false);
        assertThatThrownBy(() -> new FirstNationalAdmin(accounts, policy, clock, "admin", "Password1234").run(null))
                .hasMessageContaining("common");
        assertThatThrownBy(() -> new FirstNationalAdmin(accounts, policy, clock, "head-of-admins", "HEAD-of-admins")
                .run(null)).hasMessageContaining("user name");
        assertThatThrownBy(() -> new FirstNationalAdmin(accounts, policy, clock, "admin", "گ".repeat(40)).run(null))
                .hasMessageContaining("72 bytes");
        verify(accounts, never()).save(any());
    }
}
