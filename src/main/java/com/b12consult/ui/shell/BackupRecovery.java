package com.b12consult.ui.shell;

import com.b12consult.store.BackupRestore;
import com.b12consult.store.Backups;
import java.util.Optional;

/** How the start-up failure screen finds a good backup and puts it in place of a damaged database. */
public interface BackupRecovery {
    /** The newest backup that passes its check, if any; a damaged or foreign one is passed over. */
    Optional<Backups.BackupFile> newestGoodBackup();

    /** Puts {@code backup} in place of the database; the file it replaces is moved aside, never overwritten. */
    BackupRestore.Restored restore(Backups.BackupFile backup) throws Exception;

    /** For a window with no backups to offer (tests of other things). */
    static BackupRecovery none() {
        return new BackupRecovery() {
            @Override
            public Optional<Backups.BackupFile> newestGoodBackup() {
                return Optional.empty();
            }

            @Override
            public BackupRestore.Restored restore(Backups.BackupFile backup) {
                throw new IllegalStateException("no backups here");
            }
        };
    }
}
