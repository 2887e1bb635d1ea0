package com.b12consult.store;

import com.b12consult.domain.Coded;
import com.b12consult.domain.PaperSize;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed setting with its default. Lab limits are not keys of their own: they are read and saved as one
 * {@link com.b12consult.domain.LabLimits}, so their ordering is always checked.
 */
public final class SettingKey<T> {
    public static final SettingKey<String> CLINIC_NAME = text("clinic.name");
    public static final SettingKey<String> CLINIC_ADDRESS = text("clinic.address");
    public static final SettingKey<String> CLINIC_PHONE = text("clinic.phone");
    public static final SettingKey<PaperSize> PAPER_SIZE = coded("handout.paper_size", PaperSize.class, PaperSize.A4);
    /** How many daily and pre-update backups are kept; older ones are removed when a new one is taken. */
    public static final SettingKey<Integer> BACKUPS_KEPT = count("backup.keep", 14, 1, 365);

    private final String name;
    private final T defaultValue;
    private final Function<T, String> writer;
    private final Function<String, T> reader;

    private SettingKey(String name, T defaultValue, Function<T, String> writer, Function<String, T> reader) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.writer = writer;
        this.reader = reader;
    }

    private static SettingKey<String> text(String name) {
        return new SettingKey<>(name, "", Function.identity(), Function.identity());
    }

    private static SettingKey<Integer> count(String name, int defaultValue, int min, int max) {
        return new SettingKey<>(name, defaultValue, value -> {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                        + ", was " + value);
            }
            return Integer.toString(value);
        }, text -> {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the accepted range
            }
            throw new StoreException("The stored setting " + name + " is \"" + text + "\"; it must be a whole number"
                    + " from " + min + " to " + max + ". Correct it in Settings.");
        });
    }

    private static <E extends Enum<E> & Coded> SettingKey<E> coded(String name, Class<E> type, E defaultValue) {
        return new SettingKey<>(name, defaultValue, Coded::code, code -> StoredValues.decode(type, code));
    }

    /** The key as stored in the settings table. */
    public String name() {
        return name;
    }

    public T defaultValue() {
        return defaultValue;
    }

    String write(T value) {
        return writer.apply(Objects.requireNonNull(value, name));
    }

    T read(String stored) {
        return reader.apply(stored);
    }

    @Override
    public String toString() {
        return name;
    }
}
