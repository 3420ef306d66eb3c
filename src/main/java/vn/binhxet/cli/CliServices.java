package vn.binhxet.cli;

import vn.binhxet.service.AuditService;
import vn.binhxet.service.BackupService;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.DocumentService;
import vn.binhxet.service.Messages;
import vn.binhxet.service.VoteService;

/**
 * What a headless command works with, opened on a data folder. Closing it backs the data up when
 * the command wrote anything, then closes the database.
 */
public interface CliServices extends AutoCloseable {
  ConferenceService conferences();

  VoteService votes();

  DemoService demo();

  AuditService audit();

  /** Export and import of conference files. */
  ConferenceFileService files();

  /** The minutes, counting records, ballot papers and attendance sheet. */
  DocumentService documents();

  /** The automatic backups and a copy on demand. */
  BackupService backups();

  Messages messages();

  /** The data folder in use, for messages. */
  String dataDir();

  @Override
  void close();
}
