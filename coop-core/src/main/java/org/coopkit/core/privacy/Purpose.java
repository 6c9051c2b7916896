package org.coopkit.core.privacy;

import java.util.List;

/**
 * One purpose the co-op processes personal data for, as the public data-use policy states it.
 *
 * @param code        stable code, e.g. {@code newsletter}
 * @param description what the data is processed for, in plain words
 * @param needsConsent true when processing for this purpose needs the member's opt-in
 * @param legalBasis  e.g. "contract", "legal obligation", "consent"
 * @param dataCategories what data is used
 * @param retention   how long it is kept
 * @param recipients  who receives it
 */
public record Purpose(String code, String description, boolean needsConsent, String legalBasis, List<String> dataCategories,
                      String retention, List<String> recipients) {
    /**
     * Copies the lists so the purpose cannot change afterwards.
     *
     * @param code           stable code, e.g. {@code newsletter}
     * @param description    what the data is processed for, in plain words
     * @param needsConsent   true when processing for this purpose needs the member's opt-in
     * @param legalBasis     e.g. "contract", "legal obligation", "consent"
     * @param dataCategories what data is used
     * @param retention      how long it is kept
     * @param recipients     who receives it
     */
    public Purpose {
        dataCategories = List.copyOf(dataCategories);
        recipients = List.copyOf(recipients);
    }
}
