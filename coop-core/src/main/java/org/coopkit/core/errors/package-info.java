/**
 * The one exception family of CoopKit: {@link org.coopkit.core.errors.CoopException} and its
 * {@link org.coopkit.core.errors.ErrorKind}. Every module names its refusals as subclasses.
 */
package org.coopkit.core.errors;
