package vn.binhxet.bench;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import vn.binhxet.service.AgendaService;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.DocumentService;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.PreparationService;
import vn.binhxet.service.ProgrammeService;
import vn.binhxet.service.VoteService;

/**
 * The app's services over one data folder, as the app wires them (the benchmark measures them, not
 * a copy); {@code takeBackupsOn} gives the automatic backups the thread they are taken on, as the
 * app gives its tasks' thread; {@code closer} closes the database.
 */
public record BenchServices(
    ConferenceService conferences,
    PreparationService preparation,
    ProgrammeService programme,
    AgendaService agenda,
    VoteService votes,
    EntryService entries,
    DemoService demo,
    ConferenceFileService files,
    DocumentService documents,
    Consumer<Executor> takeBackupsOn,
    Runnable closer)
    implements AutoCloseable {

  /** Opens the services over a data folder. */
  @FunctionalInterface
  public interface Factory {
    BenchServices open(java.nio.file.Path dataDir);
  }

  @Override
  public void close() {
    closer.run();
  }
}
