/** The co-op's statutes as settings: categories, voting colleges, share nominal value. */
package org.coopkit.core.statutes;
