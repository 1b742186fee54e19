package ir.kanoonyar.db.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Specialties as staff type them, and who may be asked about a case of a province. */
class ExpertProfilesTest {

    private final ExpertProfileRepository repository = mock(ExpertProfileRepository.class);
    private final ExpertProfiles profiles = new ExpertProfiles(repository, mock(StaffAccountRepository.class),
            mock(ProvinceRepository.class), mock(CountyRepository.class),
            Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void tagsAreSplitNormalisedAndKeptOnceInAnySpelling() {
        when(repository.findById(7L)).thenReturn(Optional.empty());

        assertThat(profiles.update(7L, " تغییر مدیر ،كانون‌هاي روستايي\nکانون های روستایی؛ ;\n\n جوان‌سازی ", true))
                .isEmpty();

        ArgumentCaptor<ExpertProfile> saved = ArgumentCaptor.forClass(ExpertProfile.class);
        verify(repository).save(saved.capture());
        assertThat(saved.getValue().specialties()).containsExactly("تغییر مدیر", "کانون‌های روستایی", "جوان‌سازی");
        assertThat(saved.getValue().isTakesConsultations()).isTrue();
    }

    @Test
    void tooManyOrTooLongTagsAreRefusedAndNothingIsSaved() {
        String eleven = String.join("\n", List.of("الف", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ"));
        assertThat(profiles.update(7L, eleven, true)).contains(ProfileProblem.TOO_MANY_TAGS);
        assertThat(profiles.update(7L, "ب".repeat(51), true)).contains(ProfileProblem.TAG_TOO_LONG);
        verify(repository, never()).save(any());
    }

    @Test
    void onlyStaffOfAnotherProvinceWhoTakeConsultationsAndNotTheAskerMayBeAsked() {
        Expert isfahan = new Expert(2, "اصفهان", StaffRole.PROVINCE_STAFF, 10L, "اصفهان", "", List.of(), true);
        Expert markazi = new Expert(3, "مرکزی", StaffRole.PROVINCE_STAFF, 1L, "مرکزی", "", List.of(), true);
        Expert busy = new Expert(4, "تهران", StaffRole.PROVINCE_STAFF, 23L, "تهران", "", List.of(), false);
        Expert national = new Expert(5, "ستاد", StaffRole.NATIONAL_ADMIN, null, "", "", List.of(), true);

        assertThat(ExpertProfiles.isConsultableAbout(isfahan, 1L, 9)).isTrue();
        assertThat(ExpertProfiles.isConsultableAbout(isfahan, 1L, 2)).isFalse();
        assertThat(ExpertProfiles.isConsultableAbout(markazi, 1L, 9)).isFalse();
        assertThat(ExpertProfiles.isConsultableAbout(busy, 1L, 9)).isFalse();
        assertThat(ExpertProfiles.isConsultableAbout(national, 1L, 9)).isFalse();
    }
}
