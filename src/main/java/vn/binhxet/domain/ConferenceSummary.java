package vn.binhxet.domain;

import java.time.LocalDate;

/** A line of the list of conferences. */
public record ConferenceSummary(
    long id,
    String title,
    String clusterName,
    int reviewYear,
    LocalDate heldOn,
    String place,
    ConferenceStatus status,
    boolean illustrative) {}
