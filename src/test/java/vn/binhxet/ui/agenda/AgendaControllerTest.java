package vn.binhxet.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.ConferenceStatus;
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

  private record Screen(
      Fakes.Stack s,
      long id,
      SessionModel session,
      AgendaModel model,
      AgendaController controller,
      Fakes.Dialogs dialogs) {}

  private Screen demoRun(Database db) {
    Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
    long id = s.demo().create();
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
            new I18n(Messages.ENGLISH));
    session.setConference(s.conferences().open(id), s.votes().outcomes(id));
    return new Screen(s, id, session, model, controller, dialogs);
  }

  @Test
  void emptyNotesArePrefilledWithTheVietnameseSuggestionAndSavedWhenTheSecretaryMovesOn() {
    try (Database db = Database.open(dir)) {
      Screen x = demoRun(db);
      x.controller().onGoTo(2);

      assertThat(x.model().notesProperty().get())
          .startsWith("Hội nghị lấy ý kiến về nội dung “Thông qua chương trình hội nghị”")
          .isEqualTo(x.model().suggestionProperty().get());
      assertThat(x.model().canInsertSuggestionProperty().get()).isFalse();
      x.controller().onNext();
      assertThat(x.s().conferences().open(x.id()).conference().agenda().get(1).notes())
          .endsWith("Nội dung được thông qua.");
    }
  }

  @Test
  void notesTheSecretaryWroteAreNeverReplacedOnlyOfferedTheSuggestionToInsert() {
    try (Database db = Database.open(dir)) {
      Screen x = demoRun(db);
      x.controller().onGoTo(7);
      x.model().notesProperty().set("Ban kiểm phiếu công bố kết quả.");
      x.controller().onNext();
      x.controller().onPrevious();

      assertThat(x.model().notesProperty().get()).isEqualTo("Ban kiểm phiếu công bố kết quả.");
      assertThat(x.model().canInsertSuggestionProperty().get()).isTrue();
      x.controller().onInsertSuggestion();
      assertThat(x.model().notesProperty().get())
          .startsWith("Ban kiểm phiếu công bố kết quả.\nHội nghị bình xét, suy tôn")
          .endsWith("cho: Ban Nội chính Tỉnh uỷ.");
      assertThat(x.model().canInsertSuggestionProperty().get()).isFalse();
      assertThat(x.s().conferences().open(x.id()).conference().agenda().get(6).notes())
          .isEqualTo(x.model().notesProperty().get());
    }
  }

  @Test
  void theLastStepClosesTheConferenceOnceConfirmedAndAReopeningNeedsAConfirmationToo() {
    try (Database db = Database.open(dir)) {
      Screen x = demoRun(db);
      x.controller().onGoTo(11);
      assertThat(x.model().canFinishProperty().get()).isTrue();
      assertThat(x.model().notesProperty().get()).doesNotContain("kết thúc vào hồi");

      x.dialogs().confirmAnswer = false;
      x.controller().onFinish();
      assertThat(x.s().conferences().open(x.id()).status()).isEqualTo(ConferenceStatus.RUNNING);

      x.dialogs().confirmAnswer = true;
      x.controller().onFinish();
      assertThat(x.s().conferences().open(x.id()).status()).isEqualTo(ConferenceStatus.CLOSED);
      assertThat(x.session().conference().status()).isEqualTo(ConferenceStatus.CLOSED);
      assertThat(x.model().closedProperty().get()).isTrue();
      assertThat(x.model().canFinishProperty().get()).isFalse();
      // The untouched suggestion follows the facts: now it tells the closing time.
      assertThat(x.model().notesProperty().get()).contains("Hội nghị kết thúc vào hồi");

      x.controller().onPrevious();
      assertThat(x.s().agenda().progress(x.id()).current()).isEqualTo(11);

      x.controller().onReopen();
      assertThat(x.dialogs().confirmations).hasSize(3);
      assertThat(x.s().conferences().open(x.id()).status()).isEqualTo(ConferenceStatus.RUNNING);
      assertThat(x.session().conference().status()).isEqualTo(ConferenceStatus.RUNNING);
      assertThat(x.model().closedProperty().get()).isFalse();
      assertThat(x.dialogs().errors).isEmpty();
      assertThat(x.s().audit().verify().intact()).isTrue();
    }
  }

  @Test
  void aClosedConferenceRefusesAStepChangeWithAMessageInTheUsersLanguage() {
    try (Database db = Database.open(dir)) {
      Screen x = demoRun(db);
      x.controller().onGoTo(11);
      x.controller().onFinish();

      assertThatThrownBy(() -> x.s().agenda().goToStep(x.id(), 3))
          .isInstanceOf(vn.binhxet.service.InvalidInputException.class);
      assertThat(
              vn.binhxet.ui.common.ErrorMessages.describe(
                  catchThrowable(() -> x.s().agenda().goToStep(x.id(), 3)),
                  new I18n(Messages.ENGLISH)))
          .isEqualTo("The conference is closed: reopen it before changing steps.");
    }
  }
}
