package com.legacytraining.advisor.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups go and how many scheduled runs keep.
 *
 * @param directory the folder backups are written to and listed from
 * @param keep after a scheduled backup, only this many of the newest backups stay in the folder
 */
@ConfigurationProperties("advisor.backup")
record BackupSettings(@DefaultValue("./data/backups") Path directory, @DefaultValue("14") int keep) {
}
