package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * The fingerprints already written in users' logs stay valid: the demo's rounds hash as they did
 * before the fingerprint was split into parts (values taken from that version of the code).
 */
class RoundDigestCompatibilityTest {
  @TempDir Path dir;

  @Test
  void theDemosRoundsKeepTheFingerprintsEarlierVersionsLogged() {
    Map<Integer, String> digests = new LinkedHashMap<>();
    Map<Integer, Integer> parts = new LinkedHashMap<>();
    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      long id = s.demo().create();
      for (var outcome : s.votes().outcomes(id)) {
        for (RoundRecord r : outcome.rounds()) {
          digests.put(r.ref().vote(), RoundDigest.of(r));
          parts.put(r.ref().vote(), RoundDigest.parts(r).size());
          assertThat(RoundDigest.logged(r)).startsWith("state=" + RoundDigest.of(r) + "; parts=");
          assertThat(RoundDigest.changed(RoundDigest.logged(r), r)).isEmpty();
        }
      }
    }
    assertThat(digests)
        .containsExactly(
            Map.entry(1, "7335aafd8324a26e62c6876810675a9fb0fdd76e0bb9e550e4822fc1707cebe2"),
            Map.entry(2, "aaa54fa3d3e27b48c507791d22a02efe10c8df291055e5bbb511d181f8cc6e64"),
            Map.entry(3, "4fc6a1e4debce411a3dc91ed78e53624fe30995b12ff1bd1e58b41cc111c8c23"),
            Map.entry(4, "701c2c2bf70aca64a0d1f9e49b241ee976aedab7f642ce1e960f09c34a4efd1f"),
            Map.entry(5, "e7f595f26a782f76c260d2e5433b1c606d762c966a7302472645940dd0494115"),
            Map.entry(6, "27cd67af2c29d2e00205309a50d19f303a2aea5e4e51ee627445886119816ab4"),
            Map.entry(7, "2cd541c8c934dca4a33c41da274ebab1df0edcfc4db5ca425d4023efcfb4c6cf"));
    assertThat(parts.values()).containsOnly(RoundDigest.Part.values().length);
  }
}
