/** Counting ballots: plurality, approval, yes/no, IRV and STV, round by round; the recount tool. */
package org.coopkit.governance.tally;
