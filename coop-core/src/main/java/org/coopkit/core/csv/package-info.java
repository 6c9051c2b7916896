/** CSV exports kept safe to open in a spreadsheet: see {@link org.coopkit.core.csv.CsvCells}. */
package org.coopkit.core.csv;
