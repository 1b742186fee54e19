package ir.kanoonyar.backoffice.broadcasts;

import ir.kanoonyar.db.broadcast.BroadcastRowMoves;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Moves the waiting rows of every paused, resumed or cancelled broadcast whose move is unfinished.
 * Fired at once after each pause, resume or cancel (a one-shot trigger written with the status), and
 * every minute, so a move cut short by a crash or a deploy is finished by the next run on whichever
 * instance takes it. Never concurrent with itself, cluster-wide: a trigger fired during a run waits
 * for it and then finds little or nothing left.
 */
@DisallowConcurrentExecution
public class MoveBroadcastRowsJob implements Job {

    private final BroadcastRowMoves moves;

    public MoveBroadcastRowsJob(BroadcastRowMoves moves) {
        this.moves = moves;
    }

    @Override
    public void execute(JobExecutionContext context) {
        moves.finishAll();
    }
}
