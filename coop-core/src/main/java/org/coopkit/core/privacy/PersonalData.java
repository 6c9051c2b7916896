package org.coopkit.core.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The registry of {@link PersonalDataContributor}s, in registration order (core first). */
public final class PersonalData {
    private final List<PersonalDataContributor> contributors = Collections.synchronizedList(new ArrayList<>());

    public void register(PersonalDataContributor contributor) {
        if (contributors.stream().anyMatch(c -> c.section().equals(contributor.section()))) {
            throw new IllegalStateException("a contributor already exports section " + contributor.section());
        }
        contributors.add(contributor);
    }

    public List<PersonalDataContributor> contributors() {
        return List.copyOf(contributors);
    }

    /** Every table some contributor declares as holding member ids. */
    public Set<String> coveredTables() {
        Set<String> all = new TreeSet<>();
        contributors().forEach(c -> all.addAll(c.memberTables()));
        return all;
    }
}
