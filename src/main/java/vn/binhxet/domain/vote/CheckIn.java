package vn.binhxet.domain.vote;

import java.time.Instant;
import java.util.Objects;
import vn.binhxet.domain.Text;

/** A member unit's attendance as last checked: present or not, and when that was recorded. */
public record CheckIn(String unit, boolean present, Instant at) {
  public CheckIn {
    unit = Text.required(unit, "unit");
    Objects.requireNonNull(at, "at");
  }
}
