package vn.binhxet.cli;

import vn.binhxet.service.AuditService;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.DocumentService;
import vn.binhxet.service.Messages;
import vn.binhxet.service.VoteService;

/** What a headless command works with, opened on a data folder; closing it closes the database. */
public interface CliServices extends AutoCloseable {
  ConferenceService conferences();

  VoteService votes();

  DemoService demo();

  AuditService audit();

  /** Export and import of conference files. */
  ConferenceFileService files();

  /** The minutes, counting records, ballot papers and attendance sheet. */
  DocumentService documents();

  Messages messages();

  /** The data folder in use, for messages. */
  String dataDir();

  @Override
  void close();
}
