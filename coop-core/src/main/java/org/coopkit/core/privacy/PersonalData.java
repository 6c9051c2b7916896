package org.coopkit.core.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The registry of {@link PersonalDataContributor}s, in registration order (core first). */
public final class PersonalData {
    private final List<PersonalDataContributor> contributors = Collections.synchronizedList(new ArrayList<>());

    /**
     * Adds a contributor to the export and erasure of personal data. Each module registers once.
     *
     * @param contributor the module's contributor
     * @throws IllegalStateException when a contributor already exports the same section
     */
    public void register(PersonalDataContributor contributor) {
        if (contributors.stream().anyMatch(c -> c.section().equals(contributor.section()))) {
            throw new IllegalStateException("a contributor already exports section " + contributor.section());
        }
        contributors.add(contributor);
    }

    /**
     * The registered contributors.
     *
     * @return a copy, in registration order
     */
    public List<PersonalDataContributor> contributors() {
        return List.copyOf(contributors);
    }

    /**
     * Every table some contributor declares as holding member ids.
     *
     * @return table names, sorted
     */
    public Set<String> coveredTables() {
        Set<String> all = new TreeSet<>();
        contributors().forEach(c -> all.addAll(c.memberTables()));
        return all;
    }
}
