package vn.binhxet.domain.vote;

/**
 * One option's result: its votes for (against and abstaining where recorded, else null), its exact
 * share of the base, and whether that share passes the threshold.
 */
public record OptionResult(
    String option, long votesFor, Long against, Long abstain, Share share, boolean passed) {}
