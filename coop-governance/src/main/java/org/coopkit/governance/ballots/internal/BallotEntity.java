package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "gov_ballots")
public class BallotEntity {
    @Id @Column(name = "id", length = 36) String id;
    @Column(name = "question", nullable = false, length = 500) String question;
    @Column(name = "options", nullable = false, length = 2000) String options;
    @Column(name = "method", nullable = false, length = 20) String method;
    @Column(name = "seats", nullable = false) int seats;
    @Column(name = "maj_num", nullable = false) int majNum;
    @Column(name = "maj_den", nullable = false) int majDen;
    @Column(name = "maj_strict", nullable = false) int majStrict;
    @Column(name = "maj_abstentions", nullable = false) int majAbstentions;
    @Column(name = "secrecy", nullable = false, length = 10) String secrecy;
    @Column(name = "revoting", nullable = false) int revoting;
    @Column(name = "opens_at", nullable = false) Instant opensAt;
    @Column(name = "closes_at", nullable = false) Instant closesAt;
    @Column(name = "category", length = 40) String category;
    @Column(name = "decision_kind", length = 100) String decisionKind;
    @Column(name = "decision_payload", length = 2000) String decisionPayload;
    @Column(name = "assembly_id", length = 36) String assemblyId;
    @Column(name = "agenda_position") Integer agendaPosition;
    @Column(name = "status", nullable = false, length = 10) String status;
    @Column(name = "opened_at") Instant openedAt;
    @Column(name = "closed_at") Instant closedAt;
    @Column(name = "roll_size", nullable = false) int rollSize;
    @Column(name = "adopted") Integer adopted;
    /** The board sealed at close: how many entries and the last one's hash (null before the close). */
    @Column(name = "board_length") Long boardLength;
    @Column(name = "board_head", length = 64) String boardHead;
    @Column(name = "created_at", nullable = false) Instant createdAt;

    @Column(name = "decision_subject", length = 300) String decisionSubject;
    /** The subject while this ballot blocks it (draft, open, adopted); null otherwise. Unique: uk_gov_ballots_open_subject. */
    @Column(name = "open_subject", length = 300) String openSubject;

    protected BallotEntity() {
    }
}
