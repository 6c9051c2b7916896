/** Members: the aggregate, its lifecycle, the repository and the membership use cases. */
package org.coopkit.core.members;
