package org.cornerstone.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cornerstone.audit.domain.UserAction;
import org.cornerstone.audit.domain.UserActionQuery;
import org.cornerstone.audit.domain.UserActionRepository;

/** The audit log in table {@code user_action} (V17). */
@ApplicationScoped
public class JpaUserActionRepository implements UserActionRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void append(UserAction action) {
    em.persist(action);
  }

  @Override
  public List<UserAction> find(UserActionQuery query, int offset, int limit) {
    TypedQuery<UserAction> q =
        em.createQuery(
            "select a from UserAction a" + where(query) + " order by a.at desc, a.id desc",
            UserAction.class);
    bind(q, query);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(UserActionQuery query) {
    TypedQuery<Long> q =
        em.createQuery("select count(a) from UserAction a" + where(query), Long.class);
    bind(q, query);
    return q.getSingleResult();
  }

  private static String where(UserActionQuery query) {
    List<String> clauses = new ArrayList<>();
    if (present(query.user())) {
      clauses.add("lower(a.username) like :user escape '\\'");
    }
    if (present(query.action())) {
      clauses.add("lower(a.action) like :action escape '\\'");
    }
    if (query.outcome() != null) {
      clauses.add("a.outcome = :outcome");
    }
    if (query.from() != null) {
      clauses.add("a.at >= :from");
    }
    if (query.to() != null) {
      clauses.add("a.at < :to");
    }
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  private static void bind(TypedQuery<?> q, UserActionQuery query) {
    if (present(query.user())) {
      q.setParameter("user", contains(query.user()));
    }
    if (present(query.action())) {
      q.setParameter("action", contains(query.action()));
    }
    if (query.outcome() != null) {
      q.setParameter("outcome", query.outcome());
    }
    if (query.from() != null) {
      q.setParameter("from", query.from());
    }
    if (query.to() != null) {
      q.setParameter("to", query.to());
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** A LIKE pattern matching the text anywhere, its own wildcards taken literally. */
  static String contains(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
