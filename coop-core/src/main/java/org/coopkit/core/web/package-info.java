/**
 * The REST kit: {@link org.coopkit.core.web.CoreFeature}, problem+json errors, bearer tokens,
 * {@link org.coopkit.core.web.ApiServer}.
 */
package org.coopkit.core.web;
