package org.coopkit.governance.discussion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a ballot, or the board's answer to one. */
@Entity
@Table(name = "gov_comments")
public class CommentEntity {
    @Id @Column(name = "id", length = 36) String id;
    @Column(name = "ballot_id", nullable = false, length = 36) String ballotId;
    @Column(name = "author_member_id", length = 36) String author;
    @Column(name = "by_board", nullable = false) int byBoard;
    @Column(name = "answers_id", length = 36) String answers;
    @Column(name = "body", nullable = false, length = 2000) String body;
    @Column(name = "posted_at", nullable = false) Instant postedAt;
    @Column(name = "erased", nullable = false) int erased;

    protected CommentEntity() {
    }
}
