/** Exports of the journal: the hledger/ledger plain-text journal format and CSV. */
package org.coopkit.ledger.exports;
