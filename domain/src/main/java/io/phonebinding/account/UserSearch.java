package io.phonebinding.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Operators look users up by a keyword found in the username, the e-mail or the phone, a page at a
 * time, sorted by one of a few fields. In SQL, since the phone column is matched as text.
 */
@ApplicationScoped
public class UserSearch {

  /** The fields a list may be sorted by, as Authing names them, and their columns. */
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "id", "id",
          "createdAt", "created_at",
          "updatedAt", "updated_at",
          "username", "username_key",
          "email", "email",
          "phone", "phone",
          "status", "status");

  private static final String MATCHING =
      " from users where (? = '' or username_key like ? escape '\\' or lower(email) like ? escape"
          + " '\\' or phone like ? escape '\\')";

  @PersistenceContext EntityManager entityManager;

  /** Whether a list may be sorted by this field. */
  public static boolean sortsBy(String field) {
    return SORT_COLUMNS.containsKey(field);
  }

  /**
   * One page of the users the keyword matches (all of them for an empty one).
   *
   * @param sortField one {@link #sortsBy} accepts
   */
  @Transactional(TxType.SUPPORTS)
  public List<UserProfile> find(
      String keywords, String sortField, boolean descending, int page, int limit) {
    String order =
        " order by " + SORT_COLUMNS.get(sortField) + (descending ? " desc" : " asc") + ", id asc";
    Query ids = matching("select id" + MATCHING + order, keywords);
    ids.setFirstResult((page - 1) * limit).setMaxResults(limit);
    @SuppressWarnings("unchecked")
    List<String> found = ids.getResultList();
    return found.stream()
        .map(id -> entityManager.find(User.class, id))
        .map(UserProfile::of)
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public long count(String keywords) {
    return ((Number) matching("select count(*)" + MATCHING, keywords).getSingleResult())
        .longValue();
  }

  private Query matching(String sql, String keywords) {
    String keyword = keywords == null ? "" : keywords.strip();
    String text = like(keyword.toLowerCase(Locale.ROOT));
    String digits = keyword.replaceAll("[\\s().-]", "");
    return entityManager
        .createNativeQuery(sql)
        .setParameter(1, keyword)
        .setParameter(2, like(Usernames.key(keyword.isEmpty() ? "x" : keyword)))
        .setParameter(3, text)
        .setParameter(4, like(digits));
  }

  private static String like(String value) {
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
