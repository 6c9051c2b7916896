/** Authentication kit: argon2id passwords, hashed revocable API tokens, granted roles. */
package org.coopkit.core.auth;
