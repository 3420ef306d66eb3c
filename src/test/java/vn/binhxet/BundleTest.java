package vn.binhxet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.StorageProblem;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;

/** Every word the user sees comes from the bundles, in both languages. */
class BundleTest {
  private static final Pattern KEY_IN_CODE =
      Pattern.compile(
          "\"((?:import|app|menu|main|status|conference|kind|role|style|method|pool|step|rule|new|check|file"
              + "|error|cli|bench|vote|results|checkin|voting|agenda|projector|documents|prep|suggest|password|backup|integrity|conferencefile)(?:\\.[A-Za-z0-9_]+)+)\"");

  static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        BundleTest.class.getResourceAsStream("/vn/binhxet/messages_" + language + ".properties")) {
      assertThat(in).as("bundle %s", language).isNotNull();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> vi = new TreeSet<>(load("vi").stringPropertyNames());
    Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
    assertThat(en).as("keys in vi, not in en").containsAll(vi);
    assertThat(vi).as("keys in en, not in vi").containsAll(en);
  }

  @Test
  void everyKeyUsedInCodeExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).as("keys found in the code").hasSizeGreaterThan(40);
    Properties vi = load("vi");
    List<String> missing = new ArrayList<>();
    for (String key : used) {
      if (!vi.containsKey(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
  }

  static Stream<Arguments> enumKeys() {
    List<Arguments> keys = new ArrayList<>();
    for (Role r : Role.values()) keys.add(Arguments.of("role." + r.name()));
    for (ParticipantKind k : ParticipantKind.values()) keys.add(Arguments.of("kind." + k.name()));
    for (DocumentStyle s : DocumentStyle.values()) keys.add(Arguments.of("style." + s.name()));
    for (vn.binhxet.ui.documents.DocumentKind k : vn.binhxet.ui.documents.DocumentKind.values()) {
      keys.add(Arguments.of("documents.kind." + k.name()));
      keys.add(Arguments.of("documents.file." + k.name()));
    }
    for (VotingMethod m : VotingMethod.values()) keys.add(Arguments.of("method." + m.name()));
    for (CandidatePool.Kind k : CandidatePool.Kind.values())
      keys.add(Arguments.of("pool." + k.name()));
    for (AgendaStepKind k : AgendaStepKind.values()) keys.add(Arguments.of("step." + k.name()));
    for (ConferenceStatus s : ConferenceStatus.values())
      keys.add(Arguments.of("status." + s.name()));
    for (Comparison c : Comparison.values()) keys.add(Arguments.of("rule.op." + c.name()));
    for (StorageProblem p : StorageProblem.values())
      keys.add(Arguments.of("error.storage." + p.name()));
    for (vn.binhxet.service.BackupReason r : vn.binhxet.service.BackupReason.values())
      keys.add(Arguments.of("backup.reason." + r.name()));
    for (vn.binhxet.domain.BackupRefusedException.Reason r :
        vn.binhxet.domain.BackupRefusedException.Reason.values())
      keys.add(Arguments.of("backup.refused." + r.name()));
    for (vn.binhxet.domain.vote.Check c : vn.binhxet.domain.vote.Check.values()) {
      keys.add(Arguments.of(c.messageKey()));
    }
    for (vn.binhxet.domain.vote.InvalidReason r : vn.binhxet.domain.vote.InvalidReason.values()) {
      keys.add(Arguments.of("invalid." + r.name()));
    }
    for (vn.binhxet.service.AuditService.Fault f : vn.binhxet.service.AuditService.Fault.values()) {
      keys.add(Arguments.of("integrity." + f.name()));
    }
    for (vn.binhxet.domain.vote.RoundDigest.Part p :
        vn.binhxet.domain.vote.RoundDigest.Part.values()) {
      keys.add(Arguments.of("integrity.part." + p.name()));
    }
    for (RulePreset p : RulePreset.values())
      keys.add(Arguments.of("rule.preset." + p.name() + ".source"));
    for (VoterBasis v : VoterBasis.values()) {
      for (ThresholdBase b : ThresholdBase.values()) {
        keys.add(Arguments.of("rule.base." + v.name() + "." + b.name()));
      }
    }
    return keys.stream();
  }

  @ParameterizedTest
  @MethodSource("enumKeys")
  void everyEnumValueShownToTheUserHasItsText(String key) throws IOException {
    assertThat(load("vi")).containsKey(key);
    assertThat(load("en")).containsKey(key);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void textsAreNfcNormalised(String language) throws IOException {
    Properties p = load(language);
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key);
      assertThat(java.text.Normalizer.isNormalized(value, java.text.Normalizer.Form.NFC))
          .as("%s in %s", key, language)
          .isTrue();
    }
  }

  @Test
  void everyTextWithArgumentsIsAValidPatternTakingTheSameArgumentsInBothLanguages()
      throws IOException {
    Properties vi = load("vi");
    Properties en = load("en");
    for (String key : vi.stringPropertyNames()) {
      assertThat(arguments(en.getProperty(key), key + " in en"))
          .as("arguments of %s", key)
          .isEqualTo(arguments(vi.getProperty(key), key + " in vi"));
    }
  }

  /** How many arguments a text takes; fails on a pattern {@code MessageFormat} cannot parse. */
  private static int arguments(String text, String what) {
    if (text == null || !text.contains("{")) {
      return 0;
    }
    try {
      return new java.text.MessageFormat(text).getFormatsByArgumentIndex().length;
    } catch (IllegalArgumentException e) {
      throw new AssertionError(what + " is not a valid MessageFormat pattern: " + text, e);
    }
  }

  static Stream<String> languages() {
    return Stream.of("vi", "en");
  }
}
