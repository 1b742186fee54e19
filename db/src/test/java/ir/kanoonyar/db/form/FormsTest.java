package ir.kanoonyar.db.form;

import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.request.RequestType;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FormsTest {

    private final Forms forms = new Forms();

    @Test
    void everyRequestTypeHasAForm() {
        for (RequestType type : RequestType.values()) {
            assertThat(forms.of(type).type()).isEqualTo(type);
        }
        assertThat(forms.all()).hasSize(RequestType.values().length);
    }

    @Test
    void managerRegistration() {
        assertThat(forms.of(RequestType.MANAGER_REGISTRATION).fields())
                .extracting(FieldDefinition::key, FieldDefinition::type, FieldDefinition::required)
                .containsExactly(
                        tuple("first_name", FieldType.TEXT, true),
                        tuple("last_name", FieldType.TEXT, true),
                        tuple("national_code", FieldType.NATIONAL_CODE, true),
                        tuple("mobile", FieldType.OWN_MOBILE, true),
                        tuple("birth_date", FieldType.JALALI_DATE, true),
                        tuple("gender", FieldType.CHOICE, true),
                        tuple("education", FieldType.CHOICE, true),
                        tuple("province", FieldType.PROVINCE, true),
                        tuple("county", FieldType.COUNTY, true),
                        tuple("address", FieldType.LONG_TEXT, true));
        FormDefinition form = forms.of(RequestType.MANAGER_REGISTRATION);
        assertThat(form.field("gender").choices()).extracting(Choice::code).containsExactly("male", "female");
        assertThat(form.field("education").choices()).extracting(Choice::code)
                .containsExactly("none", "below_diploma", "diploma", "associate", "bachelor", "master", "doctorate");
        assertThat(form.field("county").dependsOn()).isEqualTo("province");
        assertThat(form.field("birth_date").max()).isZero();
    }

    @Test
    void establishment() {
        FormDefinition form = forms.of(RequestType.ESTABLISHMENT);
        assertThat(form.fields())
                .extracting(FieldDefinition::key, FieldDefinition::type, FieldDefinition::required)
                .containsExactly(
                        tuple("mosque_name", FieldType.TEXT, true),
                        tuple("province", FieldType.PROVINCE, true),
                        tuple("county", FieldType.COUNTY, true),
                        tuple("locality", FieldType.TEXT, true),
                        tuple("rural", FieldType.YES_NO, true),
                        tuple("mosque_address", FieldType.LONG_TEXT, true),
                        tuple("postal_code", FieldType.POSTAL_CODE, true),
                        tuple("location", FieldType.LOCATION, false),
                        tuple("audience", FieldType.CHOICE, true),
                        tuple("proposed_name", FieldType.TEXT, true),
                        tuple("activity_areas", FieldType.MULTI_CHOICE, true),
                        tuple("space_m2", FieldType.NUMBER, true),
                        tuple("imam_mobile", FieldType.MOBILE, true),
                        tuple("trustees_mobile", FieldType.MOBILE, true),
                        tuple("photo", FieldType.PHOTO, false));
        assertThat(form.field("audience").choices()).extracting(Choice::code).containsExactly("brothers", "sisters");
        assertThat(form.field("activity_areas").choices()).extracting(Choice::code).containsExactly(
                "quran", "book", "knowledge", "social", "film", "drama", "song",
                "visual_arts", "media", "writing", "technology", "entrepreneurship");
        assertThat(form.field("activity_areas").min()).isEqualTo(1);
        assertThat(form.field("activity_areas").max()).isEqualTo(12);
        assertThat(form.field("space_m2").min()).isEqualTo(10);
        assertThat(form.field("space_m2").max()).isEqualTo(100_000);
        assertThat(form.field("rural").choices()).extracting(Choice::code).containsExactly("yes", "no");
    }

    @Test
    void requestsAboutAKanoon() {
        assertThat(forms.of(RequestType.MANAGER_CHANGE).fields())
                .extracting(FieldDefinition::key, FieldDefinition::type)
                .containsExactly(
                        tuple("kanoon", FieldType.KANOON),
                        tuple("new_manager_national_code", FieldType.NATIONAL_CODE),
                        tuple("reason", FieldType.LONG_TEXT),
                        tuple("imam_mobile", FieldType.MOBILE));
        for (RequestType type : List.of(RequestType.RESIGNATION, RequestType.RETIREMENT)) {
            assertThat(forms.of(type).fields())
                    .extracting(FieldDefinition::key, FieldDefinition::type)
                    .containsExactly(
                            tuple("kanoon", FieldType.KANOON),
                            tuple("reason", FieldType.LONG_TEXT),
                            tuple("effective_date", FieldType.JALALI_DATE));
        }
        assertThat(forms.of(RequestType.LICENCE_RENEWAL).fields())
                .extracting(FieldDefinition::key, FieldDefinition::type)
                .containsExactly(tuple("kanoon", FieldType.KANOON), tuple("members", FieldType.NUMBER));
        assertThat(forms.of(RequestType.SERVICE_REQUEST).fields())
                .extracting(FieldDefinition::key, FieldDefinition::type, FieldDefinition::required)
                .containsExactly(
                        tuple("kanoon", FieldType.KANOON, true),
                        tuple("service_kind", FieldType.CHOICE, true),
                        tuple("description", FieldType.LONG_TEXT, true),
                        tuple("document", FieldType.DOCUMENT, false));
        assertThat(forms.of(RequestType.SERVICE_REQUEST).field("service_kind").choices()).extracting(Choice::code)
                .containsExactly("equipment", "funding", "training", "consulting", "event_support", "bot_help",
                        "other");
    }

    /** The back-office shows an answer by its key alone, so a key means one thing in every form. */
    @Test
    void aSharedKeyIsTheSameFieldInEveryForm() {
        Map<String, FieldDefinition> byKey = new HashMap<>();
        for (FormDefinition form : forms.all()) {
            for (FieldDefinition field : form.fields()) {
                FieldDefinition earlier = byKey.putIfAbsent(field.key(), field);
                if (earlier != null) {
                    assertThat(field).as("%s in %s", field.key(), form.type()).isEqualTo(earlier);
                }
            }
        }
    }

    @Test
    void theFieldKeysConstantsNameEveryField() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (var f : FieldKeys.class.getFields()) {
            constants.add((String) f.get(null));
        }
        List<String> used = forms.all().stream().flatMap(f -> f.keys().stream()).distinct().toList();
        assertThat(constants).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void choiceCodesMapToTheDomainEnums() {
        assertThat(Choice.toEnum(Gender.class, "female")).isEqualTo(Gender.FEMALE);
        assertThat(Choice.toEnum(Education.class, "below_diploma"))
                .isEqualTo(Education.BELOW_DIPLOMA);
        assertThat(Choice.toEnum(KanoonAudience.class, "sisters"))
                .isEqualTo(KanoonAudience.SISTERS);
        assertThatThrownBy(() -> Choice.toEnum(Gender.class, "other"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void walksTheFieldsInOrder() {
        FormDefinition form = forms.of(RequestType.RESIGNATION);
        assertThat(form.keys()).containsExactly("kanoon", "reason", "effective_date");
        assertThat(form.next(null)).contains(form.field("kanoon"));
        assertThat(form.next("kanoon")).contains(form.field("reason"));
        assertThat(form.next("reason")).contains(form.field("effective_date"));
        assertThat(form.next("effective_date")).isEmpty();
        assertThat(form.previous("reason")).contains(form.field("kanoon"));
        assertThat(form.previous("kanoon")).isEmpty();
        assertThat(form.first().key()).isEqualTo("kanoon");
        assertThat(form.has("reason")).isTrue();
        assertThat(form.findField("members")).isEmpty();
        assertThatThrownBy(() -> form.field("members")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> form.next("members")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void knowsWhatToAskAgainWhenAnAnswerChanges() {
        FormDefinition form = forms.of(RequestType.ESTABLISHMENT);
        assertThat(form.dependents("province")).extracting(FieldDefinition::key).containsExactly("county");
        assertThat(form.dependents("county")).isEmpty();
    }

    @Test
    void refusesMalformedDefinitions() {
        assertThatThrownBy(() -> new FormDefinition(RequestType.RESIGNATION,
                List.of(FieldDefinition.text("reason"), FieldDefinition.longText("reason"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FormDefinition(RequestType.RESIGNATION,
                List.of(FieldDefinition.county("county", "province"), FieldDefinition.province("province"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FormDefinition(RequestType.RESIGNATION, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.text("First Name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.choice("gender")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.choice("gender", "male", "male")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.number("members", 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldDefinition("photo", FieldType.PHOTO, true, null, 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldDefinition("county", FieldType.COUNTY, true, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Choice("Visual Arts", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysFitTheAnswerTable() {
        forms.all().forEach(form -> form.keys().forEach(key ->
                assertThat(key.length()).isLessThanOrEqualTo(FieldDefinition.KEY_MAX_LENGTH)));
    }

    @Test
    void optionalKeepsEverythingElse() {
        FieldDefinition photo = FieldDefinition.photo("photo");
        assertThat(photo.required()).isTrue();
        assertThat(photo.optional()).isEqualTo(new FieldDefinition("photo", FieldType.PHOTO, false, List.of(), null, null, null));
    }
}
