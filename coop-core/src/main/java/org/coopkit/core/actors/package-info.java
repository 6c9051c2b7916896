/** Actors and roles: who asks, and the checks every service makes before acting. */
package org.coopkit.core.actors;
