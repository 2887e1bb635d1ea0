package com.b12consult.ui.shell;

import com.b12consult.domain.Actor;
import com.b12consult.store.BackupRestore;
import com.b12consult.store.Backups;
import com.b12consult.store.InvalidBackupException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The backups kept beside the database file, checked newest first, restored with {@link BackupRestore}. */
public final class StoredBackupRecovery implements BackupRecovery {
    private final Path databaseFile;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public StoredBackupRecovery(Path databaseFile, Clock clock, Supplier<Actor> actor) {
        this.databaseFile = Objects.requireNonNull(databaseFile, "databaseFile");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    @Override
    public Optional<Backups.BackupFile> newestGoodBackup() {
        BackupRestore restore = new BackupRestore(clock);
        for (Backups.BackupFile backup : new Backups(databaseFile, clock).list()) {
            try {
                restore.check(backup.file());
                return Optional.of(backup);
            } catch (InvalidBackupException damagedToo) {
                // the next older one may be sound
            }
        }
        return Optional.empty();
    }

    @Override
    public BackupRestore.Restored restore(Backups.BackupFile backup) throws Exception {
        return new BackupRestore(clock).restore(backup.file(), databaseFile, actor.get());
    }
}
