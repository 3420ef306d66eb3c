package vn.binhxet.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;

class CheckInControllerTest {
  @TempDir Path dir;

  @Test
  void eachTickIsSavedAndTheQuorumFollows() {
    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      long id = s.conferences().createDemo();
      SessionModel session = new SessionModel();
      CheckInModel model = new CheckInModel();
      CheckInController controller =
          new CheckInController(
              model,
              session,
              s.votes(),
              new SynchronousTaskRunner(),
              new Fakes.Dialogs(),
              new I18n(Messages.VIETNAMESE));
      session.setConference(s.conferences().open(id), s.votes().outcomes(id));
      assertThat(model.units()).hasSize(11);
      assertThat(model.quorumMetProperty().get()).isFalse();

      DemoConference.UNITS.stream().limit(7).forEach(u -> controller.onToggle(u, true));
      assertThat(model.quorumProperty().get()).startsWith("Có mặt 7/11").contains("chưa đủ");
      controller.onToggle(DemoConference.UNITS.get(7), true);
      assertThat(model.quorumMetProperty().get()).as("8 of 11 ≥ 2/3").isTrue();
      assertThat(s.votes().attendance(id).values().stream().filter(b -> b).count()).isEqualTo(8);
      assertThat(model.savedProperty().get()).startsWith("Đã lưu lúc");

      assertThat(model.people()).hasSize(16);
      assertThat(model.people().get(0).label()).startsWith("Nguyễn Trọng Bình — Phó Chủ tịch");
      assertThat(model.people().get(13).label())
          .as("named by role")
          .isEqualTo("Trưởng Ban kiểm phiếu");
      controller.onToggleDelegate(1, true);
      assertThat(model.people().get(0).present()).isTrue();
      assertThat(model.people().get(0).time()).isNotEmpty();
      assertThat(s.votes().delegatesPresent(id)).containsOnlyKeys(1);
    }
  }
}
