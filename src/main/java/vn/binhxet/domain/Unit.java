package vn.binhxet.domain;

/** A member unit of a cluster. Its name is unique within the cluster and identifies it there. */
public record Unit(String name, String shortName) {
  public Unit {
    name = Text.required(name, "unit name");
    shortName = Text.optional(shortName);
  }

  public static Unit named(String name) {
    return new Unit(name, null);
  }

  /** The short name where one is set, for the projector and narrow tables. */
  public String displayName() {
    return shortName != null ? shortName : name;
  }
}
