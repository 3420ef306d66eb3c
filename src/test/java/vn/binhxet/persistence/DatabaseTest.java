package vn.binhxet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void migratesAnEmptyFolderToTheLatestSchema() {
    try (Database db = Database.open(dir.resolve("new folder"))) {
      List<String> tables =
          db.dsl()
              .fetch(
                  "select table_name from information_schema.tables where table_schema = 'PUBLIC'")
              .getValues(0, String.class);
      assertThat(tables)
          .contains(
              "CLUSTER",
              "UNIT",
              "CONFERENCE_MEMBER",
              "CONFERENCE",
              "PARTICIPANT",
              "UNIT_ATTENDANCE",
              "AGENDA_STEP",
              "AWARD_CATEGORY",
              "VOTE_RULE",
              "VOTE",
              "VOTE_OPTION",
              "VOTE_ROUND",
              "ROUND_OPTION",
              "ROUND_EVENT",
              "HANDS_TALLY",
              "HANDS_RAISED",
              "BALLOT_ACCOUNTING",
              "BALLOT_INVALID",
              "BALLOT_TOTAL",
              "BALLOT",
              "AUDIT_LOG");
      assertThat(db.dsl().fetchValue("select max(\"version\") from \"flyway_schema_history\""))
          .hasToString(Integer.toString(Database.SCHEMA_VERSION));
    }
    assertThat(dir.resolve("new folder").resolve("binhxet.mv.db")).exists();
  }

  @Test
  void aCommitOfThousandsOfChangesDoesNotStopToAnalyseTheTable() {
    // H2 would re-read the table inside the commit of its 2,000th change (decision 0040); an
    // analysed column's selectivity drops from the default 50 to what it found (here 1).
    try (Database db = Database.open(dir)) {
      db.dsl().execute("create table scratch (id bigint primary key, v int)");
      db.dsl()
          .transaction(
              c ->
                  DSL.using(c)
                      .execute(
                          "insert into scratch select x, mod(x, 3) from system_range(1, 2500)"));
      assertThat(
              db.dsl()
                  .fetchValue(
                      "select selectivity from information_schema.columns"
                          + " where table_name = 'SCRATCH' and column_name = 'V'"))
          .hasToString("50");
    }
  }

  @Test
  void theSchemaVersionIsTheNumberOfTheNewestMigration() throws Exception {
    int newest;
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      newest =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.+\\.sql"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow();
    }
    assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
  }

  @Test
  void reopeningAnUpToDateDatabaseKeepsItsData() {
    long id;
    try (Database db = Database.open(dir)) {
      JooqConferenceRepository repo = new JooqConferenceRepository(db.dsl());
      id = db.dsl().transactionResult(() -> repo.create(DemoConference.create(), Instant.now()));
    }
    for (int i = 0; i < 3; i++) {
      try (Database db = Database.open(dir)) {
        assertThat(new JooqConferenceRepository(db.dsl()).find(id)).isPresent();
      }
    }
  }

  @Test
  void theDemoConferenceComesBackAsItWasStored() {
    Conference demo = DemoConference.create();
    try (Database db = Database.open(dir)) {
      JooqConferenceRepository repo = new JooqConferenceRepository(db.dsl());
      long id =
          db.dsl()
              .transactionResult(() -> repo.create(demo, Instant.parse("2018-12-03T01:00:00Z")));
      SavedConference saved = repo.find(id).orElseThrow();
      assertThat(saved.conference()).isEqualTo(demo);
      assertThat(saved.createdAt()).isEqualTo(Instant.parse("2018-12-03T01:00:00Z"));
    }
    try (Database reopened = Database.open(dir)) {
      JooqConferenceRepository repo = new JooqConferenceRepository(reopened.dsl());
      assertThat(repo.list()).singleElement().satisfies(s -> assertThat(s.illustrative()).isTrue());
      assertThat(repo.find(repo.list().get(0).id()).orElseThrow().conference()).isEqualTo(demo);
    }
  }

  @Test
  void aSecondDemoReusesTheClusterAndItsUnits() {
    try (Database db = Database.open(dir)) {
      JooqConferenceRepository repo = new JooqConferenceRepository(db.dsl());
      long first =
          db.dsl().transactionResult(() -> repo.create(DemoConference.create(), Instant.now()));
      long second =
          db.dsl().transactionResult(() -> repo.create(DemoConference.create(), Instant.now()));
      assertThat(second).isNotEqualTo(first);
      assertThat(repo.list()).hasSize(2);
      assertThat(repo.clusterNames()).containsExactly(DemoConference.CLUSTER);
      assertThat(db.dsl().fetchCount(vn.binhxet.persistence.jooq.Tables.UNIT)).isEqualTo(11);
      assertThat(repo.membersBefore(DemoConference.CLUSTER, 2019)).hasSize(11);
      assertThat(repo.membersBefore(DemoConference.CLUSTER, 2018)).isEmpty();
    }
  }

  @Test
  void refusesADatabaseWrittenByANewerVersionAndLeavesItAsItWas() throws Exception {
    Database.open(dir).close();
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("binhxet"), "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
              + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
              + " values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)");
    }
    byte[] before = Files.readAllBytes(dir.resolve("binhxet.mv.db"));

    assertThatThrownBy(() -> Database.open(dir))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.problem()).isEqualTo(StorageProblem.NEWER_VERSION));
    assertThat(Files.readAllBytes(dir.resolve("binhxet.mv.db"))).isEqualTo(before);
  }

  @Test
  void refusesAFolderThatCannotBeWritten() throws Exception {
    Path file = Files.writeString(dir.resolve("a file"), "not a folder");
    assertThatThrownBy(() -> Database.open(file.resolve("data")))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.problem()).isEqualTo(StorageProblem.DATA_DIR_NOT_WRITABLE));
  }

  @Test
  void refusesADatabaseThatAnotherCopyHoldsOpen() throws Exception {
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("ready"));
      assertThat(line).as("the other copy opened the database").isEqualTo("ready");

      assertThatThrownBy(() -> Database.open(dir))
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> assertThat(e.problem()).isEqualTo(StorageProblem.IN_USE_BY_ANOTHER_COPY));
    } finally {
      other.getOutputStream().close();
      if (!other.waitFor(20, TimeUnit.SECONDS)) {
        other.destroyForcibly();
      }
    }
    Database.open(dir).close();
  }
}
