package org.coopkit.governance.ballots.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.requests.RequestId;
import org.coopkit.governance.ballots.BallotId;

/**
 * {@code gov_vote_requests}: the request ids of votes, stored so that the table links no member to a
 * choice. A row holds SHA-256(ballot, member, request id) as its key, a digest of the request's
 * content under the same three, and the receipt's tracking code XOR-ed with a pad derived from them
 * (unique per row, as the key is). Without the request id, which the server never stores and only
 * the voter's client holds, no row names a member, a choice or a tracking code; with it, the client
 * learns only its own receipt, which it was given anyway (docs/reliability.md).
 */
public final class VoteRequests {
    private final Transactions tx;

    /** What a request id recorded: the digest of the request's content and the receipt's tracking code. */
    public record Recorded(String fingerprint, String trackingCode) {
    }

    public VoteRequests(Transactions tx) {
        this.tx = tx;
    }

    /** The digest of a vote request's content, bound to who sends it and the request id. */
    public static String fingerprint(BallotId ballot, MemberId sender, RequestId id, Object... content) {
        Object[] parts = new Object[4 + content.length];
        parts[0] = "vote-body";
        parts[1] = ballot;
        parts[2] = sender;
        parts[3] = id.value();
        System.arraycopy(content, 0, parts, 4, content.length);
        return RequestId.digest(parts);
    }

    public Optional<Recorded> find(BallotId ballot, MemberId sender, RequestId id) {
        List<?> rows = tx.entityManager().createNativeQuery("select fingerprint, sealed_receipt from gov_vote_requests where request_hash = ?1")
                .setParameter(1, key(ballot, sender, id)).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new Recorded((String) r[0], unseal((String) r[1], pad(ballot, sender, id))));
    }

    /** Inserts the row; its primary key refuses a second vote with this request id, from any node. */
    public void add(BallotId ballot, MemberId sender, RequestId id, String fingerprint, String trackingCode) {
        tx.entityManager().createNativeQuery(
                        "insert into gov_vote_requests (request_hash, ballot_id, fingerprint, sealed_receipt) values (?1, ?2, ?3, ?4)")
                .setParameter(1, key(ballot, sender, id)).setParameter(2, ballot.toString()).setParameter(3, fingerprint)
                .setParameter(4, seal(trackingCode, pad(ballot, sender, id))).executeUpdate();
    }

    private static String key(BallotId ballot, MemberId sender, RequestId id) {
        return RequestId.digest("vote-request", ballot, sender, id.value());
    }

    private static byte[] pad(BallotId ballot, MemberId sender, RequestId id) {
        return RequestId.digestBytes("vote-seal", ballot, sender, id.value());
    }

    static String seal(String code, byte[] pad) {
        byte[] b = code.getBytes(StandardCharsets.US_ASCII);
        if (b.length > pad.length) throw new IllegalArgumentException("tracking code longer than the pad");
        for (int i = 0; i < b.length; i++) b[i] ^= pad[i];
        return HexFormat.of().formatHex(b);
    }

    static String unseal(String sealed, byte[] pad) {
        byte[] b = HexFormat.of().parseHex(sealed);
        for (int i = 0; i < b.length; i++) b[i] ^= pad[i];
        return new String(b, StandardCharsets.US_ASCII);
    }
}
