package vn.binhxet.service.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.Role;

/**
 * The words a list uses for a role and for "guest or not", in Vietnamese and English, compared as
 * {@link Words#key}. A blank cell is no role, and not a guest.
 */
final class RoleWords {
  private static final Map<String, Role> ROLES = roles();
  private static final Map<String, Boolean> GUEST = guestWords();

  private static Map<String, Role> roles() {
    Map<String, Role> m = new HashMap<>();
    put(m, Role.NONE, "", "dai bieu", "delegate", "khong", "none", "khach moi", "guest");
    put(
        m,
        Role.CHAIR,
        "chu tri",
        "chu toa",
        "chu tri hoi nghi",
        "chair",
        "chairman",
        "chairperson");
    put(m, Role.SECRETARY, "thu ky", "thu ki", "thu ky hoi nghi", "secretary", "minute taker");
    put(
        m,
        Role.COUNTING_HEAD,
        "truong ban kiem phieu",
        "truong ban",
        "counting head",
        "head of the counting committee",
        "head of counting committee");
    // "Member" next to "counting head" is the counting committee's member (Ủy viên); a delegate
    // without a role leaves the cell blank or writes "đại biểu".
    put(
        m,
        Role.COUNTING_MEMBER,
        "uy vien ban kiem phieu",
        "thanh vien ban kiem phieu",
        "uy vien",
        "thanh vien",
        "counting member",
        "member of the counting committee",
        "counting committee member",
        "member");
    return Map.copyOf(m);
  }

  private static Map<String, Boolean> guestWords() {
    Map<String, Boolean> m = new HashMap<>();
    for (String yes : List.of("x", "co", "yes", "y", "true", "1", "khach moi", "khach", "guest")) {
      m.put(yes, true);
    }
    for (String no :
        List.of("", "khong", "no", "n", "false", "0", "dai bieu", "delegate", "thanh vien")) {
      m.put(no, false);
    }
    return Map.copyOf(m);
  }

  private RoleWords() {}

  private static void put(Map<String, Role> m, Role role, String... words) {
    for (String w : words) {
      m.put(w, role);
    }
  }

  /** The role a word names, or null when it names none. */
  static Role role(String word) {
    return ROLES.get(Words.key(word));
  }

  /** Whether a cell says "guest", or null when it says neither yes nor no. */
  static Boolean guest(String word) {
    if (word.indexOf('✓') >= 0 || word.indexOf('✔') >= 0 || word.indexOf('☑') >= 0) {
      return true;
    }
    return GUEST.get(Words.key(word));
  }
}
