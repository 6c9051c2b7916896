/** Trip receipts and monthly statements as files (PDF, CSV): the same figures as the pages. */
package org.coopkit.carshare.receipts;
