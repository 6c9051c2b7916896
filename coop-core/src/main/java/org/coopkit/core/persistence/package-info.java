/**
 * The persistence kit: {@link org.coopkit.core.persistence.Database} (HikariCP + Liquibase +
 * Hibernate), {@link org.coopkit.core.persistence.Transactions} (the retrying transaction runner) and
 * {@link org.coopkit.core.persistence.Constraints} (naming the race a constraint refused).
 */
package org.coopkit.core.persistence;
