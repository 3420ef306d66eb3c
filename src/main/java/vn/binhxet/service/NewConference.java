package vn.binhxet.service;

import java.time.LocalDate;
import java.util.List;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.Text;

/**
 * What the new-conference form asks: the cluster, the year under review, when and where, the member
 * units, the document style and the quota of each of the three usual awards (0: not awarded this
 * year).
 */
public record NewConference(
    String clusterName,
    int reviewYear,
    String title,
    LocalDate heldOn,
    String place,
    DocumentStyle style,
    List<String> unitNames,
    int governmentFlagQuota,
    int provincialFlagQuota,
    int certificateQuota) {
  public NewConference {
    clusterName = Text.optional(clusterName);
    // A title typed over two lines is one title.
    title = Text.optional(title == null ? null : title.replaceAll("\\s*\\R\\s*", " "));
    place = Text.optional(place);
    unitNames = unitNames.stream().map(Text::optional).filter(n -> n != null).toList();
  }
}
