package org.coopkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.coopkit.core.audit.BrokenLink.Problem;
import org.junit.jupiter.api.Test;

class HashChainTest {
    private static List<HashChain.Link> chain(int n) {
        List<HashChain.Link> links = new ArrayList<>();
        String previous = Hashes.GENESIS;
        for (int i = 1; i <= n; i++) {
            String canonical = "link " + i;
            String hash = HashChain.append(previous, canonical);
            links.add(new HashChain.Link(i, previous, hash, canonical));
            previous = hash;
        }
        return links;
    }

    private static ChainVerification verify(List<HashChain.Link> links, long headSeq, String headHash) {
        HashChain.Walk walk = HashChain.walk("test");
        for (HashChain.Link l : links) if (!walk.next(l)) return walk.end();
        return walk.end(headSeq, headHash);
    }

    private static ChainVerification verify(List<HashChain.Link> links, List<HashChain.Link> original) {
        HashChain.Link last = original.get(original.size() - 1);
        return verify(links, last.sequence(), last.hash());
    }

    @Test
    void an_untouched_chain_holds_and_counts_its_links() {
        List<HashChain.Link> links = chain(5);
        assertThat(verify(links, links)).isEqualTo(new ChainVerification(5, java.util.Optional.empty()));
        assertThat(verify(List.of(), 0, Hashes.GENESIS).intact()).isTrue();
    }

    @Test
    void an_edited_link_is_named_with_the_recomputed_and_the_stored_hash() {
        List<HashChain.Link> original = chain(5);
        List<HashChain.Link> links = new ArrayList<>(original);
        HashChain.Link third = links.get(2);
        links.set(2, new HashChain.Link(3, third.previousHash(), third.hash(), "link 3, quietly changed"));

        BrokenLink b = verify(links, original).broken().orElseThrow();
        assertThat(b).isEqualTo(new BrokenLink("test", 3, Problem.EDITED,
                HashChain.append(third.previousHash(), "link 3, quietly changed"), third.hash()));
        assertThat(verify(links, original).checked()).isEqualTo(2);
    }

    @Test
    void a_deleted_link_is_named_by_the_sequence_expected_and_the_one_found() {
        List<HashChain.Link> original = chain(5);
        List<HashChain.Link> links = new ArrayList<>(original);
        links.remove(2);
        assertThat(verify(links, original).broken()).contains(new BrokenLink("test", 3, Problem.MISSING, "3", "4"));
    }

    @Test
    void reordered_links_break_where_the_first_moved_link_stands() {
        List<HashChain.Link> original = chain(5);
        HashChain.Link two = original.get(1);
        HashChain.Link three = original.get(2);
        List<HashChain.Link> links = new ArrayList<>(original);
        // renumbered so the sequence looks right: only the links betray the swap
        links.set(1, new HashChain.Link(2, three.previousHash(), three.hash(), three.canonical()));
        links.set(2, new HashChain.Link(3, two.previousHash(), two.hash(), two.canonical()));
        assertThat(verify(links, original).broken())
                .contains(new BrokenLink("test", 2, Problem.RELINKED, original.get(0).hash(), two.hash()));
    }

    @Test
    void a_cut_tail_is_caught_by_the_head() {
        List<HashChain.Link> original = chain(5);
        List<HashChain.Link> links = new ArrayList<>(original.subList(0, 3));
        assertThat(verify(links, original).broken())
                .contains(new BrokenLink("test", 4, Problem.TAIL_MISSING, original.get(4).hash(), original.get(2).hash()));
    }

    @Test
    void whatever_single_link_is_tampered_with_the_first_broken_link_is_the_tampered_one() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(30);
            List<HashChain.Link> original = chain(n);
            List<HashChain.Link> links = new ArrayList<>(original);
            int at = random.nextInt(n);
            HashChain.Link l = links.get(at);
            switch (random.nextInt(3)) {
                case 0 -> links.set(at, new HashChain.Link(l.sequence(), l.previousHash(), l.hash(), l.canonical() + "x"));
                case 1 -> links.set(at, new HashChain.Link(l.sequence(), Hashes.sha256("forged"), l.hash(), l.canonical()));
                default -> links.remove(at);
            }
            ChainVerification v = verify(links, original);
            assertThat(v.firstBroken()).as("round %d, n=%d, at=%d", round, n, at).hasValue(at + 1);
            assertThat(v.checked()).isEqualTo(at);
        }
    }
}
