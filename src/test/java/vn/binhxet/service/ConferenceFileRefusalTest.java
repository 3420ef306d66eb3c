package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * A bad conference file is refused whole: every problem named with its JSON path and reason, and
 * nothing stored in the target. The rounds of the demo's file are, in order: votes 1 and 2
 * (motions, hands), 3 and 4 (flags, ballot totals), 5 (certificates, hands), 6 (cluster head) and 7
 * (motion).
 */
class ConferenceFileRefusalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static byte[] demoFile;

  @TempDir Path targetDir;
  private Database targetDb;
  private Fakes.Stack target;

  @BeforeAll
  static void exportTheDemo(@TempDir Path sourceDir) {
    try (Database db = Database.open(sourceDir)) {
      Fakes.Stack source = Fakes.stack(db, Clock.systemUTC());
      demoFile = source.files().export(source.demo().create());
    }
  }

  @BeforeEach
  void openTarget() {
    targetDb = Database.open(targetDir);
    target = Fakes.stack(targetDb, Clock.systemUTC());
  }

  @AfterEach
  void closeTarget() {
    targetDb.close();
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bytes("truncated", b -> Arrays.copyOf(b, b.length / 2), "$", "file.truncated"),
        bytes("empty", b -> new byte[0], "$", "file.empty"),
        bytes("trailing text", b -> concat(b, "{}"), "$", "file.syntax"),
        bytes("foreign JSON", b -> utf8("{\"name\": \"x\"}"), "$.format", "file.foreign"),
        bytes("a bare array", b -> utf8("[1, 2]"), "$.format", "file.foreign"),
        json("newer version", f -> f.put("version", 2), "$.version", "file.version.newer"),
        json(
            "unknown field",
            f -> conference(f).put("colour", "red"),
            "$.conference.colour",
            "file.schema.unknownField"),
        json(
            "missing field",
            f -> round(f, 0).remove("digest"),
            "$.rounds[0].digest",
            "file.schema.required"),
        json(
            "negative count",
            f -> hands(f, 4, 0).put("for", -1),
            "$.rounds[4].hands[0].for",
            "file.schema.range"),
        json(
            "malformed time",
            f -> f.put("exportedAt", "hôm qua"),
            "$.exportedAt",
            "file.schema.format"),
        json(
            "unknown candidate",
            f ->
                ((ObjectNode) conference(f).withArray("votes").get(2))
                    .putArray("candidates")
                    .add("Ban Không Có"),
            "$.conference.votes[2].candidates[0]",
            "file.unit.unknown"),
        json(
            "a rotation recorded for an elected head",
            f ->
                ((ObjectNode) conference(f).withArray("votes").get(5))
                    .putObject("decision")
                    .put("unit", "Ban Tuyên giáo Tỉnh uỷ"),
            "$.conference.votes[5].decision",
            "file.decision.notAppointed"),
        json(
            "a check-in that is no time",
            f ->
                ((ObjectNode) conference(f).withArray("participants").get(0))
                    .put("checkedInAt", "sáng nay"),
            "$.conference.participants[0].checkedInAt",
            "file.schema.format"),
        json(
            "a member twice",
            f -> member(f, 1).put("name", member(f, 0).get("name").asText()),
            "$.conference.members[1].name",
            "file.unit.duplicate"),
        json(
            "unknown option in a round",
            f -> ((ArrayNode) round(f, 2).get("options")).set(0, "Ban Không Có"),
            "$.rounds[2].options[0]",
            "file.option.notCandidate"),
        json(
            "unknown option in an entry",
            f -> hands(f, 4, 0).put("option", "Ban Không Có"),
            "$.rounds[4].hands[0].option",
            "file.option.unknown"),
        json(
            "more ballots collected than issued",
            f -> accounting(f, 2).put("collected", 12),
            "$.rounds[2].ballotAccounting.collected",
            "check.E01"),
        json(
            "more invalid ballots than collected",
            f -> ((ObjectNode) accounting(f, 3).withArray("invalid").get(0)).put("count", 12),
            "$.rounds[3].ballotAccounting.invalid",
            "check.E08"),
        json(
            "more votes than valid ballots",
            f -> ((ObjectNode) round(f, 3).withArray("ballotTotals").get(0)).put("for", 11),
            "$.rounds[3].ballotTotals[0]",
            "check.E03"),
        json(
            "more hands than voters present",
            f -> hands(f, 6, 0).put("against", 1),
            "$.rounds[6].hands[0]",
            "check.E06"),
        json(
            "a result the counts do not give",
            f -> ((ObjectNode) round(f, 4).get("result")).putArray("nominated"),
            "$.rounds[4].result",
            "file.round.resultDiffers"),
        json(
            "a count changed after export",
            f -> hands(f, 4, 0).put("against", 0),
            "$.rounds[4].digest",
            "file.round.digest"),
        json(
            "a round closed before it opened",
            f -> ((ObjectNode) round(f, 0).withArray("events").get(0)).put("kind", "CLOSED"),
            "$.rounds[0].events[0].kind",
            "file.event.order"),
        json(
            "rounds out of order",
            f -> round(f, 1).put("round", 2),
            "$.rounds[1].round",
            "file.round.order"),
        json(
            "an audit entry with a wrong hash",
            f -> audit(f, 0).put("details", audit(f, 0).get("details").asText() + "x"),
            "$.audit[0].hash",
            "file.audit.hash"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileIsRefusedWithItsPathAndNothingIsStored(
      String what, UnaryOperator<byte[]> spoil, String path, String reason) {
    byte[] bad = spoil.apply(demoFile.clone());

    assertThatThrownBy(() -> target.files().importFile(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::field, Problem::messageKey)
                    .contains(org.assertj.core.groups.Tuple.tuple(path, reason)));
    assertThat(target.conferences().list()).isEmpty();
    assertThat(target.audit().verify().entries()).isZero();
  }

  @Test
  void everyProblemOfAFileIsReportedInOneGo() {
    byte[] bad =
        spoiled(
            f -> {
              hands(f, 4, 0).put("option", "Ban Không Có");
              accounting(f, 2).put("collected", 12);
              ((ObjectNode) round(f, 5).get("result")).putArray("nominated");
              audit(f, 3).put("details", "x");
            });

    assertThatThrownBy(() -> target.files().importFile(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::field)
                    .containsExactly(
                        "$.rounds[2].ballotAccounting.collected",
                        "$.rounds[4].hands[0].option",
                        "$.rounds[5].result",
                        "$.audit[3].hash"));
  }

  @Test
  void aRoundLeftOutOfTheFileIsCaughtByItsAuditEntries() {
    byte[] bad = spoiled(f -> f.withArray("rounds").remove(6));

    assertThatThrownBy(() -> target.files().importFile(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::messageKey)
                    .containsExactly("file.audit.roundMissing"));
  }

  @Test
  void theDemoFileIsValidAndTheSchemaDescribesEveryProperty() throws IOException {
    assertThat(target.files().importFile(demoFile)).isPositive();
    JsonNode schema;
    try (InputStream in = getClass().getResourceAsStream(ConferenceFileSchema.RESOURCE)) {
      schema = JSON.readTree(in);
    }
    assertThat(schema.get("$schema").asText()).contains("2020-12");
    List<String> undocumented = new ArrayList<>();
    undocumented(schema, "#", undocumented);
    assertThat(undocumented).isEmpty();
  }

  private static void undocumented(JsonNode node, String at, List<String> out) {
    if (node.has("properties")) {
      Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> p = it.next();
        if (!p.getValue().hasNonNull("description")) {
          out.add(at + "/" + p.getKey());
        }
      }
    }
    node.fields().forEachRemaining(e -> undocumented(e.getValue(), at + "/" + e.getKey(), out));
    if (node.isArray()) {
      node.forEach(n -> undocumented(n, at + "[]", out));
    }
  }

  private static Arguments bytes(
      String what, UnaryOperator<byte[]> spoil, String path, String reason) {
    return Arguments.of(what, spoil, path, reason);
  }

  private static Arguments json(
      String what, Consumer<ObjectNode> spoil, String path, String reason) {
    UnaryOperator<byte[]> op = b -> spoiled(b, spoil);
    return Arguments.of(what, op, path, reason);
  }

  private static byte[] spoiled(Consumer<ObjectNode> spoil) {
    return spoiled(demoFile.clone(), spoil);
  }

  private static byte[] spoiled(byte[] file, Consumer<ObjectNode> spoil) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(file);
      spoil.accept(tree);
      return JSON.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode conference(ObjectNode f) {
    return (ObjectNode) f.get("conference");
  }

  private static ObjectNode member(ObjectNode f, int i) {
    return (ObjectNode) conference(f).get("members").get(i);
  }

  private static ObjectNode round(ObjectNode f, int i) {
    return (ObjectNode) f.get("rounds").get(i);
  }

  private static ObjectNode hands(ObjectNode f, int round, int i) {
    return (ObjectNode) round(f, round).get("hands").get(i);
  }

  private static ObjectNode accounting(ObjectNode f, int round) {
    return (ObjectNode) round(f, round).get("ballotAccounting");
  }

  private static ObjectNode audit(ObjectNode f, int i) {
    return (ObjectNode) f.get("audit").get(i);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, String b) {
    byte[] tail = utf8(b);
    byte[] out = Arrays.copyOf(a, a.length + tail.length);
    System.arraycopy(tail, 0, out, a.length, tail.length);
    return out;
  }
}
