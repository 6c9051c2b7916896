package org.coopkit.governance.assemblies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.MalformedId;
import org.coopkit.governance.proxies.ProxyId;
import org.junit.jupiter.api.Test;

/** Assembly and proxy ids: records over a UUID that refuse text that is not one, with the refusal named. */
class GovernanceIdsTest {
    @Test
    void an_assembly_id_reads_back_its_own_text_and_refuses_what_is_not_a_uuid() {
        UUID u = UUID.fromString("3f1c2b8e-6d0a-4c55-9b7e-2a1d4e5f6a7b");

        assertThat(AssemblyId.of(u.toString())).isEqualTo(new AssemblyId(u));
        assertThat(AssemblyId.of(" " + u + " ").toString()).isEqualTo(u.toString());
        for (String bad : new String[]{"not-a-uuid", "", "0", "'; drop table gov_assemblies; --", "x".repeat(3000)}) {
            assertThatThrownBy(() -> AssemblyId.of(bad)).as(bad).isInstanceOfSatisfying(MalformedId.class, e -> {
                assertThat(e.code()).isEqualTo("malformed-id");
                assertThat(e.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
                assertThat(e.getMessage()).startsWith("not a valid assembly id").hasSizeLessThan(100);
            });
        }
        assertThatThrownBy(() -> AssemblyId.of(null)).isInstanceOf(MalformedId.class);
        assertThatThrownBy(() -> new AssemblyId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_proxy_id_reads_back_its_own_text_and_refuses_what_is_not_a_uuid() {
        ProxyId id = ProxyId.random();

        assertThat(ProxyId.of(id.toString())).isEqualTo(id);
        assertThat(ProxyId.random()).isNotEqualTo(id);
        assertThatThrownBy(() -> ProxyId.of("p1")).isInstanceOfSatisfying(MalformedId.class,
                e -> assertThat(e.getMessage()).isEqualTo("not a valid proxy id: 'p1'"));
    }
}
