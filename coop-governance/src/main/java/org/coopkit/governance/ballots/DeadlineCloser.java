package org.coopkit.governance.ballots;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes ballots at their announced {@code closesAt}, so a ballot the board forgot still closes
 * (and its adopted decision is applied). The application schedules {@link #runOnce} every minute or
 * so; time comes from the voting service's clock, so tests drive it with a clock they move.
 */
public final class DeadlineCloser {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineCloser.class);
    private final VotingService voting;

    /**
     * Wiring for {@link org.coopkit.governance.GovernanceModule#deadlineCloser()}.
     * @param voting the voting service
     */
    public DeadlineCloser(VotingService voting) {
        this.voting = voting;
    }

    /**
     * Closes what is due now; returns the results. A failure is logged and retried on the next run.
     *
     * @return the results of the ballots closed, empty on failure
     */
    public List<BallotResult> runOnce() {
        try {
            List<BallotResult> closed = voting.closeDue();
            closed.forEach(r -> LOG.info("ballot {} closed at its announced close", r.ballot()));
            return closed;
        } catch (RuntimeException e) {
            LOG.warn("closing due ballots failed; retrying on the next run: {}", e.toString());
            return List.of();
        }
    }

    /**
     * Runs {@link #runOnce} on the executor every {@code period}; cancel the returned future to stop.
     *
     * @param executor the application's scheduler
     * @param period the delay between two runs
     * @return the scheduled task
     */
    public ScheduledFuture<?> start(ScheduledExecutorService executor, Duration period) {
        return executor.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
