package vn.binhxet.domain.vote;

/** For, against and abstaining hands for one option. Negative counts are reported by the checks. */
public record HandsCount(int votesFor, int against, int abstain) {
  public long total() {
    return (long) votesFor + against + abstain;
  }
}
