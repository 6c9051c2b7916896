/**
 * Platform income statements per seller and quarter, in the shape of the EU DAC7 report (gross
 * paid, activities, fees withheld, identifying data with missing fields flagged), as JSON and CSV.
 */
package org.coopkit.ledger.statements;
