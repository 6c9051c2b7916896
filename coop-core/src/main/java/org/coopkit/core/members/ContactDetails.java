package org.coopkit.core.members;

/** What a member may correct themselves (rectification). */
public record ContactDetails(String name, String email, PostalAddress address) {
}
