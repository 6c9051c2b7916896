/**
 * Member data rights: export, erasure that keeps the books whole, consent per purpose, an access
 * log, the public data-use policy and loyalty reports.
 */
package org.coopkit.core.privacy;
