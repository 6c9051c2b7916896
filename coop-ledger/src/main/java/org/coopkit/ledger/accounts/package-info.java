/**
 * The chart of accounts: {@link org.coopkit.ledger.accounts.Account}s of five
 * {@link org.coopkit.ledger.accounts.AccountType types}, general or with one sub-account per member
 * ({@link org.coopkit.ledger.accounts.AccountRef} names either), and the
 * {@link org.coopkit.ledger.accounts.AccountRole roles} the ledger posts to.
 */
package org.coopkit.ledger.accounts;
