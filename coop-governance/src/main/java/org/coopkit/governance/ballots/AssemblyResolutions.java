package org.coopkit.governance.ballots;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;

/**
 * What a general assembly does to the resolutions on its agenda, for {@link org.coopkit.governance.assemblies.AssemblyService}:
 * keep them open for the second call, close them with the assembly, settle them by its quorum and apply the
 * decisions then due. Every method is the BOARD's; a decision is applied only for a resolution closed, adopted and
 * carried by an assembly that met its quorum.
 */
public final class AssemblyResolutions {
    private final VotingService voting;

    /**
     * The resolutions of the module's assemblies, closed through the module's voting service.
     *
     * @param voting the module's voting service
     */
    public AssemblyResolutions(VotingService voting) {
        this.voting = voting;
    }

    /**
     * For the assembly service: closes a resolution of an assembly's agenda as the assembly closes (nothing else).
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id an open resolution on an assembly's agenda
     * @return the result, with the board published
     * @throws IllegalBallotTransition if the ballot is not open or on no assembly's agenda
     */
    public BallotResult closeWithAssembly(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return voting.closing().close(actor, id, Ballot.Closing.WITH_ASSEMBLY, null, false);
    }


    /**
     * An adjourned assembly's resolution stays open until its second call (the BOARD, from the assembly's close).
     *
     * @param actor the board
     * @param id the resolution
     * @param closesAt its new announced close; an earlier one than today's is ignored
     */
    public void holdOpenForSecondCall(Actor actor, BallotId id, Instant closesAt) {
        actor.require(Role.BOARD);
        voting.closing().holdOpenForSecondCall(id, closesAt);
    }


    /**
     * Settles a resolution closed with its assembly (the BOARD): when the assembly missed its quorum it is recorded
     * as not adopted; when it met quorum and the resolution was adopted, its decision is recorded as due, once.
     *
     * @param actor the board
     * @param id the resolution, closed
     * @param quorumMet whether the assembly that carries it met its quorum
     * @return true when its decision is now due ({@link #applyDueDecision} applies it after the close commits)
     */
    public boolean settleWithAssembly(Actor actor, BallotId id, boolean quorumMet) {
        actor.require(Role.BOARD);
        return voting.closing().settleWithAssembly(id, quorumMet);
    }


    /**
     * Applies a decision recorded as due (the BOARD, after the assembly's close committed); nothing happens for a
     * ballot whose decision is not due, so a rejected ballot's decision is never applied.
     *
     * @param actor the board
     * @param id the resolution
     * @return how the decision went, or empty when none is due
     */
    public Optional<DecisionOutcome> applyDueDecision(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return voting.closing().applyDue(id);
    }
}
