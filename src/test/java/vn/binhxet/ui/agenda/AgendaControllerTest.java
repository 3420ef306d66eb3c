package vn.binhxet.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;

/** Stepping through the agenda and taking notes, without the FX toolkit. */
class AgendaControllerTest {
  @TempDir Path dir;

  @Test
  void theCurrentStepMovesAndNotesAreSavedWhenTheSecretaryMovesOn() {
    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      long id = s.conferences().createDemo();
      SessionModel session = new SessionModel();
      AgendaModel model = new AgendaModel();
      Fakes.Dialogs dialogs = new Fakes.Dialogs();
      AgendaController controller =
          new AgendaController(
              model,
              session,
              s.agenda(),
              new SynchronousTaskRunner(),
              dialogs,
              new I18n(Messages.VIETNAMESE));
      session.setConference(s.conferences().open(id), s.votes().outcomes(id));
      assertThat(model.steps()).hasSize(11);
      assertThat(model.timingProperty().get()).isEqualTo("Chưa bắt đầu.");

      controller.onNext();
      assertThat(s.agenda().progress(id).current()).isEqualTo(1);
      assertThat(s.conferences().open(id).status())
          .isEqualTo(vn.binhxet.domain.ConferenceStatus.RUNNING);
      model.notesProperty().set("Đồng chí chủ trì tuyên bố lý do, giới thiệu đại biểu.");
      controller.onNext();
      assertThat(s.agenda().progress(id).current()).isEqualTo(2);
      assertThat(s.agenda().progress(id).ended()).containsKey(1);
      assertThat(s.conferences().open(id).conference().agenda().get(0).notes())
          .isEqualTo("Đồng chí chủ trì tuyên bố lý do, giới thiệu đại biểu.");
      assertThat(model.steps().get(1).current()).isTrue();
      assertThat(model.headingProperty().get()).startsWith("2. ");

      controller.onPrevious();
      assertThat(s.agenda().progress(id).current()).isEqualTo(1);
      assertThat(model.notesProperty().get()).startsWith("Đồng chí chủ trì");
      assertThat(model.openItemsProperty().get())
          .contains("biểu quyết chưa có kết quả: 1, 2, 3, 4, 5, 6, 7")
          .contains("bước chưa có ghi chép: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11");
      assertThat(dialogs.errors).isEmpty();
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }
}
