package ir.kanoonyar.backoffice.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FormDefinition;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.TimelineEvent;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A request's timeline as staff read it: who acted by name and role (never {@code person:4}), the
 * fields a return named by their Persian labels (never {@code [proposed_name]}), and the steps the
 * system took named as such. The stored events are signed and stay as they are; only their reading
 * changes.
 */
@Component
class TimelineWords {

    /** How a return's signed comment names its fields: "reason [key1,key2]" (RequestWorkflow). */
    private static final Pattern NAMED_FIELDS = Pattern.compile("(?s)^(.*) \\[([a-z0-9_]+(?:,[a-z0-9_]+)*)]$");
    private static final String PERSON_PREFIX = "person:";

    private final PersonRepository persons;
    private final StaffAccountRepository staff;
    private final FormMessages formMessages;
    private final MessageSource messages;

    TimelineWords(PersonRepository persons, StaffAccountRepository staff, FormMessages formMessages,
                  MessageSource messages) {
        this.persons = persons;
        this.staff = staff;
        this.formMessages = formMessages;
        this.messages = messages;
    }

    List<RequestView.TimelineEntry> of(List<TimelineEvent> events, FormDefinition form) {
        Set<String> fieldKeys = form.fields().stream().map(FieldDefinition::key).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        List<RequestView.TimelineEntry> entries = new ArrayList<>();
        for (TimelineEvent e : events) {
            String who = names.computeIfAbsent(e.getActor() + "|" + e.getActorRole(), k -> who(e.getActor(), e.getActorRole()));
            String comment = e.getComment();
            List<String> fields = List.of();
            if (comment != null) {
                Matcher named = NAMED_FIELDS.matcher(comment);
                if (named.matches()) {
                    List<String> keys = Arrays.asList(named.group(2).split(","));
                    if (fieldKeys.containsAll(keys)) {
                        comment = named.group(1);
                        fields = keys.stream().map(formMessages::label).toList();
                    }
                }
            }
            entries.add(new RequestView.TimelineEntry(e, when(e.getOccurredAt()), who, comment, fields));
        }
        return entries;
    }

    /** "Name (role)" for a person or a staff account, the system's own name for its steps. */
    private String who(String actor, ActorRole role) {
        String roleName = role == null ? null : text("actorRole." + role.name());
        if (role == ActorRole.SYSTEM || "system".equals(actor)) {
            return text("actorRole.SYSTEM");
        }
        String name = null;
        if (actor != null && actor.startsWith(PERSON_PREFIX)) {
            try {
                name = persons.findById(Long.valueOf(actor.substring(PERSON_PREFIX.length())))
                        .map(Person::fullName).orElse(null);
            } catch (NumberFormatException notAnId) {
                name = null;
            }
            if (name == null || name.isBlank()) {
                name = text("timeline.who.unnamed");
            }
        } else if (actor != null) {
            name = staff.findByUsername(actor).map(StaffAccount::getDisplayName)
                    .filter(n -> !n.isBlank()).orElse(actor);
        }
        return roleName == null ? name : text("timeline.who", name, roleName);
    }

    private static String when(Instant at) {
        return JalaliDate.tehranDayAndTime(at);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
