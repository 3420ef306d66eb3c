package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.cli.VerifyCommand;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundDigest.Part;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.service.AuditService;
import vn.binhxet.service.AuditService.Fault;
import vn.binhxet.service.AuditService.Mismatch;

/**
 * Data edited directly in H2, behind the app's back, after the services recorded two conferences
 * and closed: each edit is caught by {@link AuditService#verify()} and by the {@code verify}
 * command, which name the round, the kind of data and the log entry in the secretary's words.
 */
class TamperEvidenceTest {
  private static final String BNC = DemoConference.HOST;
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";

  /**
   * The demo (every vote decided) and a rehearsal whose Government flag is entered ballot by
   * ballot.
   */
  @TempDir static Path recorded;

  static long demo;
  static long ballots;

  @TempDir Path dir;

  @BeforeAll
  static void recordTwoConferences() {
    try (Services s = Services.open(recorded, Clock.systemDefaultZone())) {
      demo = s.demo().create();
      ballots = s.demo().createToRehearse();
      DemoConference.UNITS.forEach(u -> s.votes().checkIn(ballots, u, true));
      RoundRef flag = s.votes().openRound(ballots, 3, EntryMode.BALLOTS, List.of(BNC, BTG));
      s.entries().recordAccounting(flag, 3, 3, Map.of());
      s.entries().recordBallot(flag, 1, Ballot.valid(1, Map.of(BNC, Mark.FOR)));
      s.entries().recordBallot(flag, 1, Ballot.valid(2, Map.of(BNC, Mark.FOR)));
      s.entries().recordBallot(flag, 1, Ballot.valid(3, Map.of(BTG, Mark.FOR)));
      s.votes().closeRound(flag, true);
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  /** A direct edit of the database; returns the audit entry the verdict must name. */
  @FunctionalInterface
  interface Tamper {
    long apply(Connection c) throws SQLException;
  }

  record Case(
      String what, Tamper tamper, Fault fault, Part part, RoundRef round, String vi, String en) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Case> cases() {
    RoundRef award = new RoundRef(demo, 5, 1);
    RoundRef flag = new RoundRef(ballots, 3, 1);
    String awardVi = "vòng 1 của nội dung biểu quyết “Bằng khen của Chủ tịch UBND tỉnh”";
    String flagVi = "vòng 1 của nội dung biểu quyết “Cờ thi đua của Chính phủ”";
    return Stream.of(
        new Case(
            "a show-of-hands count",
            c -> {
              exec(
                  c,
                  "update hands_tally set for_count = 10 where for_count = 9 and against_count"
                      + " = 1 and abstain_count = 1 and round_id = "
                      + roundId(award));
              return lastState(c, award);
            },
            Fault.ROUND_CHANGED,
            Part.HANDS,
            award,
            awardVi + " (hội nghị số " + demo + "), dữ liệu về số biểu quyết giơ tay",
            "what is stored for the show-of-hands counts was changed outside the app"),
        new Case(
            "one secret ballot's mark",
            c -> {
              exec(
                  c,
                  "update ballot set against_options = against_options || for_options,"
                      + " for_options = array[] where seq = 1 and round_id = "
                      + roundId(flag));
              return lastState(c, flag);
            },
            Fault.ROUND_CHANGED,
            Part.BALLOTS,
            flag,
            flagVi + " (hội nghị số " + ballots + "), dữ liệu về các phiếu bầu đã nhập từng phiếu",
            "what is stored for the ballots entered one by one was changed"),
        new Case(
            "a ballot marked on an option its vote does not have",
            c -> {
              exec(
                  c,
                  "update ballot set for_options = array_append(for_options, (select max(id)"
                      + " from vote_option where vote_id <> (select vote_id from vote_round where"
                      + " id = "
                      + roundId(flag)
                      + "))) where seq = 2 and round_id = "
                      + roundId(flag));
              return lastState(c, flag);
            },
            Fault.ROUND_CHANGED,
            null,
            flag,
            flagVi + " (hội nghị số " + ballots + ") đã bị sửa ngoài ứng dụng",
            "(conference " + ballots + ") were changed outside the app"),
        new Case(
            "an audit entry's details",
            c -> {
              long seq =
                  single(
                      c,
                      "select max(seq) from audit_log where action = 'HANDS_RECORDED' and"
                          + " subject = '"
                          + award
                          + "'");
              exec(
                  c,
                  "update audit_log set details = replace(details, 'for=', 'for=1') where seq = "
                      + seq);
              return seq;
            },
            Fault.ENTRY_EDITED,
            null,
            award,
            "về " + awardVi + " (hội nghị số " + demo + ")) đã bị sửa",
            "was edited: its content no longer matches the check code"),
        new Case(
            "an audit entry rewritten with a new hash",
            c -> {
              long seq =
                  single(
                      c,
                      "select max(seq) from audit_log where action = 'HANDS_RECORDED' and"
                          + " subject = '"
                          + award
                          + "'");
              AuditEntry before = entry(c, seq - 1);
              AuditEntry was = entry(c, seq);
              AuditEntry forged =
                  AuditEntry.next(
                      before.link(),
                      was.at(),
                      was.conferenceId(),
                      was.action(),
                      was.subject(),
                      was.details().replace("for=", "for=1"));
              try (PreparedStatement st =
                  c.prepareStatement("update audit_log set details = ?, hash = ? where seq = ?")) {
                st.setString(1, forged.details());
                st.setString(2, forged.hash());
                st.setLong(3, seq);
                assertThat(st.executeUpdate()).isOne();
              }
              return seq + 1;
            },
            Fault.ENTRY_RELINKED,
            null,
            null,
            "Mục nhật ký ngay trước mục số",
            "The log entry just before entry number"),
        new Case(
            "a deleted ballot",
            c -> {
              long id =
                  single(c, "select id from ballot where seq = 3 and round_id = " + roundId(flag));
              exec(c, "delete from ballot where id = " + id);
              return lastState(c, flag);
            },
            Fault.ROUND_CHANGED,
            Part.BALLOTS,
            flag,
            "dữ liệu về các phiếu bầu đã nhập từng phiếu đã bị sửa ngoài ứng dụng",
            "the ballots entered one by one"),
        new Case(
            "an inserted ballot",
            c -> {
              exec(
                  c,
                  "insert into ballot (round_id, entry_pass, seq, recorded_at, for_options,"
                      + " against_options) values ("
                      + roundId(flag)
                      + ", 1, 4, current_timestamp, array[], array[])");
              return lastState(c, flag);
            },
            Fault.ROUND_CHANGED,
            Part.BALLOTS,
            flag,
            "dữ liệu về các phiếu bầu đã nhập từng phiếu",
            "the ballots entered one by one"),
        new Case(
            "an inserted round",
            c -> {
              exec(
                  c,
                  "insert into vote_round (vote_id, number, method, seats, voters_entitled,"
                      + " voters_present, status, opened_at) select id, 1, method, seats, 11, 11,"
                      + " 'CLOSED', current_timestamp from vote where conference_id = "
                      + ballots
                      + " and position = 7");
              RoundRef added = new RoundRef(ballots, 7, 1);
              exec(
                  c,
                  "insert into round_option (round_id, option_id) select "
                      + roundId(added)
                      + ", id from vote_option where vote_id = (select vote_id from vote_round"
                      + " where id = "
                      + roundId(added)
                      + ")");
              return 0;
            },
            Fault.ROUND_UNLOGGED,
            null,
            new RoundRef(ballots, 7, 1),
            "vòng 1 của nội dung biểu quyết “Thông qua biên bản hội nghị” (hội nghị số "
                + ballots
                + ") nhưng nhật ký chưa từng ghi nhận vòng này",
            "which the log never recorded: it was added outside the app"),
        new Case(
            "a closed round set open again",
            c -> {
              exec(c, "update vote_round set status = 'OPEN' where id = " + roundId(award));
              return lastState(c, award);
            },
            Fault.ROUND_CHANGED,
            Part.STATUS,
            award,
            "dữ liệu về việc vòng đang mở hay đã đóng",
            "whether the round is open or closed"),
        new Case(
            "a stored result",
            c -> {
              exec(
                  c,
                  "update round_result set votes_for = votes_for + 1 where rank = 1 and round_id = "
                      + roundId(new RoundRef(demo, 3, 1)));
              return lastState(c, new RoundRef(demo, 3, 1));
            },
            Fault.ROUND_CHANGED,
            Part.RESULT,
            new RoundRef(demo, 3, 1),
            "“Cờ thi đua của Chính phủ” (hội nghị số "
                + demo
                + "), dữ liệu về kết quả đã chốt khi đóng vòng",
            "the result confirmed when the round closed"),
        new Case(
            "a deleted audit entry",
            c -> {
              long seq =
                  single(
                      c,
                      "select max(seq) from audit_log where action = 'ATTENDANCE_CHANGED' and"
                          + " conference_id = "
                          + ballots);
              exec(c, "delete from audit_log where seq = " + seq);
              return seq + 1;
            },
            Fault.ENTRIES_MISSING,
            null,
            null,
            "Có mục nhật ký đã bị xóa ngay trước mục số",
            "Log entries were deleted just before entry number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anEditBehindTheAppsBackIsCaughtAndNamedInWords(Case x) throws Exception {
    copyRecorded();
    long seq;
    try (Connection c = connect()) {
      seq = x.tamper().apply(c);
    }

    AuditService.Verdict verdict;
    try (Services s = Services.open(dir, Clock.systemDefaultZone())) {
      verdict = s.audit().verify();
    }
    assertThat(verdict.intact()).isFalse();
    Mismatch first = verdict.mismatches().get(0);
    assertThat(verdict.mismatches()).as("%s", verdict.mismatches()).hasSize(1);
    assertThat(first.fault()).isEqualTo(x.fault());
    assertThat(first.seq()).isEqualTo(seq);
    if (x.round() != null) {
      assertThat(first.round()).isEqualTo(x.round());
    }
    if (x.part() != null) {
      assertThat(first.changed()).contains(x.part());
    }

    Run vi = verify("vi");
    assertThat(vi.code()).isEqualTo(VerifyCommand.TAMPERED);
    assertThat(vi.err())
        .contains(x.vi())
        .contains(seq == 0 ? "" : "số " + seq + " (ghi lúc ")
        .contains("khôi phục bản sao lưu", "báo ngay cho chủ trì")
        .doesNotContain("conference:", "\tat ");
    Run en = verify("en");
    assertThat(en.code()).isEqualTo(VerifyCommand.TAMPERED);
    assertThat(en.err())
        .contains(x.en())
        .contains(seq == 0 ? "" : "number " + seq + " (written at ")
        .contains("restore the latest intact backup", "Tell the chair");
  }

  @Test
  void untouchedDataAreIntactForTheServiceAndTheCommand() throws Exception {
    copyRecorded();
    try (Services s = Services.open(dir, Clock.systemDefaultZone())) {
      assertThat(s.audit().verify().mismatches()).isEmpty();
    }
    Run vi = verify("vi");
    assertThat(vi.code()).isZero();
    assertThat(vi.out()).startsWith("Nhật ký nguyên vẹn");
  }

  record Run(int code, String out, String err) {}

  private Run verify(String language) {
    new SettingsFile(dir).saveLanguage(Locale.forLanguageTag(language));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Launcher.run(
            new String[] {"verify", "--data-dir", dir.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private void copyRecorded() throws Exception {
    Files.copy(recorded.resolve("binhxet.mv.db"), dir.resolve("binhxet.mv.db"));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("binhxet"), "sa", "");
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement()) {
      assertThat(st.executeUpdate(sql)).as(sql).isPositive();
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getLong(1);
    }
  }

  private static AuditEntry entry(Connection c, long seq) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("select * from audit_log where seq = ?")) {
      st.setLong(1, seq);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return new AuditEntry(
            rs.getLong("seq"),
            rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
            rs.getObject("conference_id", Long.class),
            rs.getString("action"),
            rs.getString("subject"),
            rs.getString("details"),
            rs.getString("prev_hash"),
            rs.getString("hash"));
      }
    }
  }

  private static String roundId(RoundRef ref) {
    return "(select r.id from vote_round r join vote v on v.id = r.vote_id where v.conference_id = "
        + ref.conferenceId()
        + " and v.position = "
        + ref.vote()
        + " and r.number = "
        + ref.round()
        + ")";
  }

  /**
   * The last audit entry that recorded the round's fingerprint: the one a change no longer fits.
   */
  private static long lastState(Connection c, RoundRef ref) throws SQLException {
    return single(
        c,
        "select max(seq) from audit_log where subject = '" + ref + "' and details like '%state=%'");
  }
}
