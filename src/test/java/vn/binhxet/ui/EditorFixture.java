package vn.binhxet.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.service.NewConference;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.session.SessionModel;

/**
 * A small new conference opened in a session, for the preparation editors' tests: units A–D; awards
 * 1 and 2 by show of hands (votes 2 and 3); steps 1 opening, 2 agenda approval (vote 1), 3 report,
 * 4 discussion, 5 criteria, 6 and 7 nominations, 8 cluster head (vote 4), 9 closing (vote 5).
 */
public final class EditorFixture implements AutoCloseable {
  public static final String A = "Sở Tư pháp";
  public static final String B = "Công an tỉnh";
  public static final String C = "Thanh tra tỉnh";
  public static final String D = "Sở Nội vụ";

  public final Database db;
  public final Fakes.Stack s;
  public final long id;
  public final SessionModel session = new SessionModel();
  public final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  public final I18n i18n = new I18n(Messages.VIETNAMESE);

  public EditorFixture(Path dir) {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    id =
        s.conferences()
            .create(
                new NewConference(
                    "Khối thi đua các Sở, ngành Nội chính",
                    2019,
                    "Hội nghị tổng kết năm 2019",
                    LocalDate.of(2019, 12, 5),
                    "Hội trường Sở Tư pháp",
                    DocumentStyle.STATE,
                    List.of(A, B, C, D),
                    1,
                    2,
                    0));
    reopen();
  }

  /** Opens the stored conference in the session again, after a change made behind the editor. */
  public void reopen() {
    var p = s.preparation().read(id);
    session.setConference(p.conference(), p.outcomes());
  }

  /** The conference as stored, not as the session holds it. */
  public vn.binhxet.domain.Conference stored() {
    return s.conferences().open(id).conference();
  }

  @Override
  public void close() {
    db.close();
  }
}
