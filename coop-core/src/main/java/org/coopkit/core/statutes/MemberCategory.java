package org.coopkit.core.statutes;

/**
 * A category of members the statutes define (user, provider, worker, supporter, public body…).
 *
 * @param code          stable code, e.g. {@code user}
 * @param label         what members read
 * @param minimumShares shares a member of this category must subscribe at admission
 */
public record MemberCategory(String code, String label, int minimumShares) {
}
