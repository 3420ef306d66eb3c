package vn.binhxet.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.Unit;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.EditorState;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;

/** The units editor without the FX toolkit: real services, a synchronous runner, fake dialogs. */
class UnitsControllerTest {
  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private final SessionModel session = new SessionModel();
  private final UnitsModel model = new UnitsModel();
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private UnitsController controller;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    long id = s.conferences().createDemo();
    var p = s.preparation().read(id);
    session.setConference(p.conference(), p.outcomes());
    controller =
        new UnitsController(
            model,
            session,
            s.preparation(),
            new SynchronousTaskRunner(),
            dialogs,
            new I18n(Messages.VIETNAMESE));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private List<String> names() {
    return session.conference().conference().members().stream().map(Unit::name).toList();
  }

  @Test
  void aNewUnitIsSavedAtOnceAndTheFormIsReadyForTheNext() {
    controller.onNew();
    model.nameProperty().set("Sở Nội vụ");
    controller.onSave();

    assertThat(names()).endsWith("Sở Nội vụ");
    assertThat(model.state().rows()).hasSize(12);
    assertThat(model.state().savedProperty().get()).startsWith("Đã lưu lúc");
    assertThat(model.nameProperty().get()).isEmpty();
    assertThat(model.state().selectedProperty().get()).isEqualTo(-1);
  }

  @Test
  void aBlankNameIsMarkedOnItsFieldAndNothingIsStored() {
    controller.onNew();
    model.nameProperty().set("   ");
    controller.onSave();

    assertThat(model.state().problems()).containsKey(UnitsModel.NAME);
    assertThat(model.state().refusedProperty().get()).isTrue();
    assertThat(names()).hasSize(11);
  }

  @Test
  void theHostCannotBeRemovedAndTheRefusalIsShownOnTheScreen() {
    controller.onSelect(DemoConference.UNITS.indexOf(DemoConference.HOST));
    controller.onDelete();

    assertThat(dialogs.confirmations).hasSize(1);
    assertThat(model.state().messageProperty().get()).contains("đơn vị chủ trì");
    assertThat(names()).contains(DemoConference.HOST);
  }

  @Test
  void altDownMovesTheSelectedUnitAndTheSelectionFollows() {
    controller.onSelect(0);
    controller.onMove(1);

    assertThat(names().get(1)).isEqualTo(DemoConference.UNITS.get(0));
    assertThat(model.state().selectedProperty().get()).isEqualTo(1);
    EditorState.Row row = model.state().rows().get(1);
    assertThat(row.cell(1)).isEqualTo(DemoConference.UNITS.get(0));
  }

  @Test
  void aRenameReachesEveryScreenThroughTheSession() {
    controller.onSelect(9);
    model.nameProperty().set("Báo Bắc Ninh điện tử");
    model.shortNameProperty().set("Báo BN");
    controller.onSave();

    assertThat(session.conference().conference().members().get(9))
        .isEqualTo(new Unit("Báo Bắc Ninh điện tử", "Báo BN"));
    assertThat(s.audit().verify().intact()).isTrue();
  }
}
