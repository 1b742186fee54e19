package ir.kanoonyar.db.form;

import ir.kanoonyar.db.request.RequestType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The questions of one request type, in the order the bot asks them.
 *
 * <p>Keys are unique within a form, and a COUNTY field comes after the PROVINCE field it depends on.
 */
public record FormDefinition(RequestType type, List<FieldDefinition> fields) {

    public FormDefinition {
        Objects.requireNonNull(type, "type");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("Form " + type + " has no fields");
        }
        Map<String, FieldDefinition> seen = new HashMap<>();
        for (FieldDefinition field : fields) {
            if (field.dependsOn() != null) {
                FieldDefinition province = seen.get(field.dependsOn());
                if (province == null || province.type() != FieldType.PROVINCE) {
                    throw new IllegalArgumentException("Form " + type + ": " + field.key()
                            + " depends on " + field.dependsOn() + ", which is not an earlier PROVINCE field");
                }
            }
            if (seen.put(field.key(), field) != null) {
                throw new IllegalArgumentException("Form " + type + " has the field " + field.key() + " twice");
            }
        }
    }

    /**
     * The field with that key.
     *
     * @throws NoSuchElementException if the form has no such field
     */
    public FieldDefinition field(String key) {
        return findField(key).orElseThrow(() -> new NoSuchElementException("Form " + type + " has no field " + key));
    }

    public Optional<FieldDefinition> findField(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public boolean has(String key) {
        return findField(key).isPresent();
    }

    /** The keys in the order they are asked. */
    public List<String> keys() {
        return fields.stream().map(FieldDefinition::key).toList();
    }

    public FieldDefinition first() {
        return fields.get(0);
    }

    /**
     * The field asked after {@code afterKey}; the first field for null; empty after the last.
     *
     * @throws NoSuchElementException if the form has no field {@code afterKey}
     */
    public Optional<FieldDefinition> next(String afterKey) {
        if (afterKey == null) {
            return Optional.of(first());
        }
        int i = indexOf(afterKey);
        return i + 1 < fields.size() ? Optional.of(fields.get(i + 1)) : Optional.empty();
    }

    /**
     * The field asked before {@code beforeKey} (for /back); empty for the first.
     *
     * @throws NoSuchElementException if the form has no field {@code beforeKey}
     */
    public Optional<FieldDefinition> previous(String beforeKey) {
        int i = indexOf(beforeKey);
        return i > 0 ? Optional.of(fields.get(i - 1)) : Optional.empty();
    }

    /**
     * The fields whose answers depend on this one's (the county of a province): when the answer to
     * {@code key} changes, their answers must be asked again.
     */
    public List<FieldDefinition> dependents(String key) {
        return fields.stream().filter(f -> key.equals(f.dependsOn())).toList();
    }

    private int indexOf(String key) {
        List<String> keys = keys();
        int i = keys.indexOf(key);
        if (i < 0) {
            throw new NoSuchElementException("Form " + type + " has no field " + key);
        }
        return i;
    }
}
