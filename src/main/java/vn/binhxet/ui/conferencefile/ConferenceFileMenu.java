package vn.binhxet.ui.conferencefile;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.session.SessionModel;

/** The File menu's conference file items, for the main window to place. */
public final class ConferenceFileMenu {
  private final List<MenuItem> items;

  public ConferenceFileMenu(ConferenceFileController controller, SessionModel session, I18n i18n) {
    MenuItem importItem = new MenuItem();
    importItem.setId("menu-conference-import");
    importItem.textProperty().bind(i18n.bind("menu.file.importConference"));
    importItem.setOnAction(e -> controller.onImport());
    MenuItem exportItem = new MenuItem();
    exportItem.setId("menu-conference-export");
    exportItem.textProperty().bind(i18n.bind("menu.file.exportConference"));
    exportItem.setOnAction(e -> controller.onExport());
    exportItem.disableProperty().bind(session.openProperty().not());
    items = List.of(new SeparatorMenuItem(), importItem, exportItem);
  }

  public List<MenuItem> items() {
    return items;
  }
}
