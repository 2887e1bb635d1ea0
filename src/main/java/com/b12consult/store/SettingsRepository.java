package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The clinic's settings as typed keys with defaults. A lab limit is stored only while it differs from
 * its cited default, so a clinic that never changed a limit follows the default of the version it runs.
 * Every change is audited in the same transaction.
 */
public final class SettingsRepository {
    private static final String LAB_LIMIT_PREFIX = "lab_limit.";

    private final Database database;
    private final AuditLog auditLog;

    public SettingsRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** The stored value, or the key's default when none is stored. */
    public <T> T get(SettingKey<T> key) {
        return database.read(c -> stored(c, key.name()).map(key::read).orElse(key.defaultValue()));
    }

    public <T> void put(SettingKey<T> key, T value, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        String text = key.write(value);
        database.inTransaction(c -> {
            Optional<String> before = stored(c, key.name());
            if (before.isPresent() ? before.get().equals(text) : text.equals(key.write(key.defaultValue()))) {
                return null;
            }
            store(c, key.name(), text);
            audit(actor, key.name(), before.orElse(key.write(key.defaultValue())), text);
            return null;
        });
    }

    /** The lab limits in force: the stored ones, and the cited default for every limit not stored. */
    public LabLimits labLimits() {
        return database.read(c -> {
            Map<LabLimitKey, Double> stored = new EnumMap<>(LabLimitKey.class);
            for (LabLimitKey k : LabLimitKey.values()) {
                Optional<String> text = stored(c, LAB_LIMIT_PREFIX + k.code());
                if (text.isPresent()) {
                    stored.put(k, parseLimit(k, text.get()));
                }
            }
            return withStored(stored);
        });
    }

    /** Saves every limit; one at its default is removed from storage (see the class comment). */
    public void saveLabLimits(LabLimits limits, Actor actor) {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(actor, "actor");
        database.inTransaction(c -> {
            for (LabLimitKey k : LabLimitKey.values()) {
                String name = LAB_LIMIT_PREFIX + k.code();
                Optional<String> before = stored(c, name);
                double beforeValue = before.map(t -> parseLimit(k, t)).orElse(k.defaultValue());
                double value = limits.value(k);
                if (value == k.defaultValue()) {
                    if (before.isPresent()) {
                        try (PreparedStatement s = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                            s.setString(1, name);
                            s.executeUpdate();
                        }
                    }
                } else if (before.isEmpty() || beforeValue != value) {
                    store(c, name, Double.toString(value));
                }
                if (beforeValue != value) {
                    audit(actor, name, format(beforeValue), format(value)
                            + (value == k.defaultValue() ? " (the default)" : ""));
                }
            }
            return null;
        });
    }

    /** The clinic's name and phone, as asked for at the first start; both audited, in one transaction. */
    public void saveClinicContact(String name, String phone, Actor actor) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        database.inTransaction(c -> {
            put(SettingKey.CLINIC_NAME, name, actor);
            put(SettingKey.CLINIC_PHONE, phone, actor);
            return null;
        });
    }

    /** Everything the Settings screen shows. */
    public ClinicSettings load() {
        return database.read(c -> new ClinicSettings(get(SettingKey.CLINIC_NAME), get(SettingKey.CLINIC_ADDRESS),
                get(SettingKey.CLINIC_PHONE), get(SettingKey.PAPER_SIZE), labLimits()));
    }

    /** Saves everything the Settings screen edits, in one transaction. */
    public void save(ClinicSettings settings, Actor actor) {
        Objects.requireNonNull(settings, "settings");
        database.inTransaction(c -> {
            put(SettingKey.CLINIC_NAME, settings.clinicName(), actor);
            put(SettingKey.CLINIC_ADDRESS, settings.clinicAddress(), actor);
            put(SettingKey.CLINIC_PHONE, settings.clinicPhone(), actor);
            put(SettingKey.PAPER_SIZE, settings.paperSize(), actor);
            saveLabLimits(settings.labLimits(), actor);
            return null;
        });
    }

    private void audit(Actor actor, String key, String before, String after) {
        auditLog.append(actor, AuditAction.SETTING_CHANGED, OptionalLong.empty(),
                key + ": \"" + before + "\" -> \"" + after + "\"");
    }

    /**
     * LabLimits checks the platelet ordering at each single change, so stored values are applied in
     * whatever order keeps it valid along the way (lowering ones first, or raising ones first).
     */
    private static LabLimits withStored(Map<LabLimitKey, Double> stored) {
        LabLimits limits = LabLimits.defaults();
        Map<LabLimitKey, Double> left = new EnumMap<>(stored);
        while (!left.isEmpty()) {
            boolean progress = false;
            IllegalArgumentException last = null;
            for (var it = left.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                try {
                    limits = limits.with(e.getKey(), e.getValue());
                    it.remove();
                    progress = true;
                } catch (IllegalArgumentException notYet) {
                    last = notYet;
                }
            }
            if (!progress) {
                throw new StoreException("The stored lab limits are not valid: " + last.getMessage()
                        + ". Correct them in Settings.", last);
            }
        }
        return limits;
    }

    private static double parseLimit(LabLimitKey key, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new StoreException("The stored value of \"" + key.label() + "\" is not a number: \"" + text + "\"", e);
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static Optional<String> stored(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void store(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
