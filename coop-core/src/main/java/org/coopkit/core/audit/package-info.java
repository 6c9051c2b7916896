/** The hash-chained audit log: every state change, verifiable after the fact. */
package org.coopkit.core.audit;
