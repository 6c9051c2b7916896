package org.coopkit.core.privacy;

import java.util.Set;
import org.coopkit.core.members.MemberId;

/**
 * What one module holds about a member, for the member's data export and for erasure. Each module
 * (and an embedding app) registers one with {@link PersonalData}; core registers its own.
 *
 * <p>{@link #memberTables()} names every table of the module that holds a member id: the export
 * completeness test compares it with the database's schema, so a new table that holds member ids
 * but is not covered by a contributor makes the build fail.
 */
public interface PersonalDataContributor {
    /**
     * Section name in the export document, e.g. {@code bookings}.
     *
     * @return a name unique among the registered contributors
     */
    String section();

    /**
     * The member's data in this module as JSON-ready values (maps, lists, strings, numbers). Called in a transaction.
     *
     * @param member the member whose data is exported
     * @return the section's content
     */
    Object export(MemberId member);

    /**
     * Erases or pseudonymises the member's personal data in this module, keeping every amount,
     * count and hash chain whole. Called in the erasure transaction.
     *
     * @param member the member being erased
     */
    void erase(MemberId member);

    /**
     * The tables (lower case) of this module that hold a member id, covered by this contributor.
     *
     * @return table names
     */
    Set<String> memberTables();
}
