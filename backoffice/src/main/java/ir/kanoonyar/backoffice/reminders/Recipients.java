package ir.kanoonyar.backoffice.reminders;

import java.util.List;

import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.stereotype.Component;

/** The chats a reminder can reach: a person's messengers, or staff accounts that linked a bot chat. */
@Component
public class Recipients {

    private final PersonChatRepository personChats;
    private final StaffAccountRepository staff;

    public Recipients(PersonChatRepository personChats, StaffAccountRepository staff) {
        this.personChats = personChats;
        this.staff = staff;
    }

    /** Every messenger the person uses and has not blocked. */
    public List<PersonChat> chatsOf(Long personId) {
        if (personId == null) {
            return List.of();
        }
        return personChats.findByPersonIdAndBlockedAtIsNull(personId);
    }

    /** Enabled staff of a county who linked a chat. */
    public List<StaffAccount> countyStaff(Long countyId) {
        return linked(staff.findByRoleAndCountyIdAndEnabledTrue(StaffRole.COUNTY_STAFF, countyId));
    }

    /** Enabled staff of a province (not its counties' staff) who linked a chat. */
    public List<StaffAccount> provinceStaff(Long provinceId) {
        return linked(staff.findByRoleAndProvinceIdAndEnabledTrue(StaffRole.PROVINCE_STAFF, provinceId));
    }

    /** Enabled national admins who linked a chat. */
    public List<StaffAccount> nationalAdmins() {
        return linked(staff.findByRoleAndEnabledTrue(StaffRole.NATIONAL_ADMIN));
    }

    private static List<StaffAccount> linked(List<StaffAccount> accounts) {
        return accounts.stream().filter(a -> a.getChatChannel() != null && a.getChatId() != null).toList();
    }
}
