package org.coopkit.core.persistence;

/** A unit of work run inside one transaction. May run more than once when the database asks to retry. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run();
}
