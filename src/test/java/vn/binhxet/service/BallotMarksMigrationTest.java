package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * Migration V5 moves every single ballot's marks from their own table into the ballot's row: a
 * database whose marks are still in the table of V1–V4 opens with every ballot as it was entered,
 * and its audit log still vouches for every round.
 */
class BallotMarksMigrationTest {
  private static final String BNC = DemoConference.HOST;
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";
  private static final String UBKT = "Uỷ ban Kiểm tra Tỉnh uỷ";
  private static final String VPTU = "Văn phòng Tỉnh uỷ";

  @TempDir Path dir;

  @Test
  void aDatabaseWithMarksInTheirOwnTableKeepsEveryBallotThroughV5() throws Exception {
    long id;
    RoundRef certificate;
    RoundRef head;
    RoundRecord certificateBefore;
    RoundRecord headBefore;
    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      id = s.conferences().createDemo();
      DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));
      certificate = s.votes().openRound(id, 5, EntryMode.BALLOTS, List.of(UBKT, VPTU, BNC));
      s.entries().recordAccounting(certificate, 5, 5, Map.of());
      s.entries().recordBallot(certificate, 1, Ballot.valid(1, Map.of(UBKT, Mark.FOR)));
      s.entries()
          .recordBallot(
              certificate,
              1,
              Ballot.valid(2, Map.of(UBKT, Mark.FOR, VPTU, Mark.AGAINST, BNC, Mark.FOR)));
      s.entries().recordBallot(certificate, 1, Ballot.invalid(3, InvalidReason.TOO_MANY));
      s.entries().recordBallot(certificate, 1, Ballot.valid(4, Map.of()));
      s.entries()
          .recordBallot(
              certificate, 1, Ballot.valid(5, Map.of(BNC, Mark.AGAINST, VPTU, Mark.AGAINST)));
      s.votes().closeRound(certificate, true);
      head = s.votes().openRound(id, 6, EntryMode.BALLOTS_TWICE, List.of(BTG));
      s.entries().recordAccounting(head, 2, 2, Map.of());
      for (int pass = 1; pass <= 2; pass++) {
        s.entries().recordBallot(head, pass, Ballot.valid(1, Map.of(BTG, Mark.FOR)));
        s.entries().recordBallot(head, pass, Ballot.valid(2, Map.of(BTG, Mark.AGAINST)));
      }
      certificateBefore = s.votes().round(certificate);
      headBefore = s.votes().round(head);
      assertThat(s.audit().verify().intact()).isTrue();
    }

    marksBackInTheirOwnTable();

    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      assertThat(s.votes().round(certificate)).isEqualTo(certificateBefore);
      assertThat(s.votes().round(head)).isEqualTo(headBefore);
      assertThat(s.votes().round(certificate).first().get(1).marks())
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(UBKT, Mark.FOR, VPTU, Mark.AGAINST, BNC, Mark.FOR));
      assertThat(s.audit().verify().intact()).isTrue();
      assertThat(
              db.dsl()
                  .fetchCount(
                      db.dsl()
                          .select()
                          .from("information_schema.tables")
                          .where("table_name = 'BALLOT_MARK'")))
          .isZero();
    }
  }

  /** Gives the file the shape V4 left it in, its marks in the table V1 made, and its version 4. */
  private void marksBackInTheirOwnTable() throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("binhxet"), "sa", "");
        Statement st = c.createStatement()) {
      st.execute(
          "create table ballot_mark (ballot_id bigint not null references ballot (id), option_id"
              + " bigint not null references vote_option (id), mark varchar(10) not null, primary"
              + " key (ballot_id, option_id), constraint ballot_mark_value check (mark in ('FOR',"
              + " 'AGAINST')))");
      int marks = 0;
      try (ResultSet r = st.executeQuery("select id, for_options, against_options from ballot");
          PreparedStatement insert =
              c.prepareStatement("insert into ballot_mark values (?, ?, ?)")) {
        while (r.next()) {
          for (int column = 2; column <= 3; column++) {
            for (Object option : (Object[]) r.getArray(column).getArray()) {
              insert.setLong(1, r.getLong(1));
              insert.setLong(2, ((Number) option).longValue());
              insert.setString(3, column == 2 ? "FOR" : "AGAINST");
              insert.addBatch();
              marks++;
            }
          }
        }
        insert.executeBatch();
      }
      assertThat(marks).isEqualTo(10);
      st.execute("alter table ballot drop constraint ballot_marks_of_valid_only");
      st.execute("alter table ballot drop column for_options");
      st.execute("alter table ballot drop column against_options");
      st.execute("delete from \"flyway_schema_history\" where \"version\" = '5'");
    }
  }
}
