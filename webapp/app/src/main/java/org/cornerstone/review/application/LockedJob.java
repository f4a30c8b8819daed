package org.cornerstone.review.application;

import java.time.Instant;

/**
 * A job the job executor has locked. {@code ownerAlive} is whether the lock owner is this node's
 * job executor (the platform runs one node: any other owner is a node that died); {@code stuck}
 * when the owner is not alive or the lock has expired without the job finishing. A stuck job runs
 * again once its lock expires ({@code lockExpiry}).
 */
public record LockedJob(
    String jobId,
    String processInstanceId,
    String businessKey,
    String activityId,
    String lockOwner,
    Instant lockExpiry,
    int retries,
    boolean ownerAlive,
    boolean stuck) {}
