package org.cornerstone.review.application;

import java.time.Instant;
import java.util.List;

/**
 * A user task of a review process: a review waiting for a group, or a task assigned to one person.
 *
 * @param taskKey the element id in the model, e.g. {@code legalReview}
 * @param businessKey the id of what is under review (an asset id, an investor id)
 * @param overdue its SLA expired and it was escalated to the senior trustees
 * @param firstTrusteeApprover who gave the first trustee approval, if anyone has
 * @param reworkComment what a reviewer asked the originator (or investor) to fix, if sent back
 */
public record ReviewTask(
    String taskId,
    String taskKey,
    String name,
    String processKey,
    String processInstanceId,
    String businessKey,
    List<String> candidateGroups,
    String assignee,
    Instant created,
    Instant due,
    boolean overdue,
    String firstTrusteeApprover,
    String reworkComment) {}
