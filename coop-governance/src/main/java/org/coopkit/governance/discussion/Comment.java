package org.coopkit.governance.discussion;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.ballots.BallotId;

/**
 * A question or comment on an open ballot, or the board's answer to one.
 *
 * @param author   the member who wrote it (empty for an answer given by the system account)
 * @param byBoard  an answer given in the board's name
 * @param answers  the comment this answers
 * @param erased   the author had their data erased: the text is gone, the thread stays
 */
public record Comment(String id, BallotId ballot, Optional<MemberId> author, boolean byBoard, Optional<String> answers, String text,
                      Instant postedAt, boolean erased) {
}
