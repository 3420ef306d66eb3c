package vn.binhxet.app;

import java.time.Clock;
import javafx.stage.Stage;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.LanguageSettings;
import vn.binhxet.ui.common.TaskRunner;

/** The main window over a data folder's services, wired as the app wires it, for screen tests. */
final class TestWindow {
  private TestWindow() {}

  /**
   * @param files the File menu's conference-file items; null leaves them out
   */
  static MainWindow over(
      Stage stage,
      Services services,
      ConferenceFileService files,
      TaskRunner tasks,
      DialogService dialogs,
      LanguageSettings settings,
      I18n i18n,
      String version) {
    return new MainWindow(
        stage,
        services.conferences(),
        services.demo(),
        services.votes(),
        services.entries(),
        services.agenda(),
        services.preparation(),
        services.programme(),
        services.documents(),
        services.audit(),
        null,
        null,
        files,
        tasks,
        dialogs,
        settings,
        i18n,
        Clock.systemUTC(),
        services.dataDir().toString(),
        version);
  }
}
