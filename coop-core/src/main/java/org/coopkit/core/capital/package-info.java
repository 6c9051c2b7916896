/** Share capital: subscriptions, payments, redemption at nominal, the capital register. */
package org.coopkit.core.capital;
