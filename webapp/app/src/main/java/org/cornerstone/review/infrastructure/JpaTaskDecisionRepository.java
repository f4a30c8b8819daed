package org.cornerstone.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cornerstone.review.domain.TaskDecision;
import org.cornerstone.review.domain.TaskDecisionRepository;

/** {@link TaskDecisionRepository} on JPA (table {@code task_decision}). */
@ApplicationScoped
public class JpaTaskDecisionRepository implements TaskDecisionRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public List<TaskDecision> decisionsOn(String subjectId) {
    return em.createQuery(
            "select d from TaskDecision d where d.subjectId = :s order by d.decidedAt, d.id",
            TaskDecision.class)
        .setParameter("s", subjectId)
        .getResultList();
  }

  @Override
  public void add(TaskDecision decision) {
    em.persist(decision);
  }

  @Override
  public boolean decisionRecorded(String taskId) {
    return !em.createQuery("select d.id from TaskDecision d where d.taskId = :t", String.class)
        .setParameter("t", taskId)
        .getResultList()
        .isEmpty();
  }
}
