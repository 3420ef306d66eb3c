package vn.binhxet.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;

/**
 * Illustrative tallies for the demo conference. The 2018 report gives no counts, only the outcome;
 * these counts are invented to give exactly that outcome under the demo's rules (pass at ≥ 70 % of
 * the 11 units present), and every round they fill is marked illustrative.
 */
public final class DemoVotes {
  private DemoVotes() {}

  /**
   * How one vote of the demo is entered: its mode, its options (null: the default) and its counts.
   */
  public record Play(
      int vote,
      EntryMode mode,
      List<String> options,
      Map<String, HandsCount> hands,
      int issued,
      Map<InvalidReason, Integer> invalid,
      Map<String, Integer> ballots) {}

  private static final String VPTU = "Văn phòng Tỉnh uỷ";
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";
  private static final String BTC = "Ban Tổ chức Tỉnh uỷ";
  private static final String UBKT = "Uỷ ban Kiểm tra Tỉnh uỷ";
  private static final String BDV = "Ban Dân vận Tỉnh uỷ";
  private static final String BNC = DemoConference.HOST;
  private static final String DUKCQ = "Đảng uỷ Khối các cơ quan tỉnh";
  private static final String DUKDN = "Đảng uỷ Khối doanh nghiệp tỉnh";
  private static final String TCT = "Trường Chính trị Nguyễn Văn Cừ";
  private static final String BBN = "Báo Bắc Ninh";
  private static final String BVSK = "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh";

  public static List<Play> plays() {
    HandsCount all = new HandsCount(11, 0, 0);
    return List.of(
        motion(1, "Thông qua chương trình hội nghị", all),
        motion(2, "Bầu Ban kiểm phiếu", all),
        new Play(
            3,
            EntryMode.BALLOT_TOTALS,
            null,
            Map.of(),
            11,
            Map.of(),
            ordered(
                BNC, 10, BTG, 1, VPTU, 0, BTC, 0, UBKT, 0, BDV, 0, DUKCQ, 0, DUKDN, 0, TCT, 0, BBN,
                0, BVSK, 0)),
        new Play(
            4,
            EntryMode.BALLOT_TOTALS,
            null,
            Map.of(),
            11,
            Map.of(InvalidReason.TOO_MANY, 1),
            ordered(
                BTG, 9, BDV, 8, UBKT, 2, DUKCQ, 1, VPTU, 0, BTC, 0, DUKDN, 0, TCT, 0, BBN, 0, BVSK,
                0)),
        new Play(
            5,
            EntryMode.HANDS,
            null,
            hands(
                UBKT, new HandsCount(9, 1, 1),
                DUKCQ, new HandsCount(9, 2, 0),
                TCT, new HandsCount(8, 2, 1),
                BBN, new HandsCount(8, 1, 2),
                VPTU, new HandsCount(3, 6, 2),
                BTC, new HandsCount(2, 7, 2),
                DUKDN, new HandsCount(2, 8, 1),
                BVSK, new HandsCount(1, 8, 2)),
            0,
            Map.of(),
            Map.of()),
        new Play(6, EntryMode.HANDS, List.of(BTG), hands(BTG, all), 0, Map.of(), Map.of()),
        motion(7, "Thông qua biên bản hội nghị", all));
  }

  private static Play motion(int vote, String subject, HandsCount count) {
    return new Play(vote, EntryMode.HANDS, null, hands(subject, count), 0, Map.of(), Map.of());
  }

  private static Map<String, HandsCount> hands(Object... pairs) {
    Map<String, HandsCount> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (HandsCount) pairs[i + 1]);
    }
    return out;
  }

  private static Map<String, Integer> ordered(Object... pairs) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return out;
  }
}
