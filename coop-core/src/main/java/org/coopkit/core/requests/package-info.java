/**
 * Client request ids ({@code Idempotency-Key}): a client that did not learn the outcome of a request
 * (a node died, the connection broke) sends it again with the same id, and the effect happens once.
 * The services store the id under a unique key in the same transaction as the effect
 * (docs/reliability.md).
 */
package org.coopkit.core.requests;
