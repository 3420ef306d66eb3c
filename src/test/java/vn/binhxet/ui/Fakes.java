package vn.binhxet.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.persistence.JooqConferenceRepository;
import vn.binhxet.persistence.JooqTransactionRunner;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.LanguageSettings;

/** Stand-ins for what the controllers talk to, and real services over a test's own database. */
public final class Fakes {
  private Fakes() {}

  /** Records the dialogs it was asked to show. */
  public static final class Dialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
      errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
      infos.add(message);
    }
  }

  public static final class Settings implements LanguageSettings {
    public Locale saved = Messages.VIETNAMESE;

    @Override
    public Locale language() {
      return saved;
    }

    @Override
    public void saveLanguage(Locale locale) {
      saved = locale;
    }
  }

  public static ConferenceService services(Database db, Clock clock) {
    return new ConferenceService(
        new JooqTransactionRunner(db.dsl()),
        new JooqConferenceRepository(db.dsl()),
        new AuditTrail(new JooqAuditLogRepository(db.dsl()), clock),
        clock);
  }

  public static Database database(Path dir) {
    return Database.open(dir);
  }
}
