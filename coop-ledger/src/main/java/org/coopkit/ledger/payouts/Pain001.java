package org.coopkit.ledger.payouts;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A payout run as a SEPA credit transfer initiation, ISO 20022 {@code pain.001.001.09}: one
 * payment information block debiting the co-op's account, one transfer per paid line, amounts in
 * the run's currency adding up to {@code CtrlSum}. Names are written in the SEPA character set
 * (accents removed, other characters replaced by a space). Lines not payable are not in the file.
 */
public final class Pain001 {
    /** The XML namespace of the files: pain.001.001.09. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private Pain001() {
    }

    /**
     * The credit transfer file of a run's paid lines.
     *
     * @param run    the payout run
     * @param debtor the co-op's bank account
     * @return the pain.001 XML document
     */
    public static String xml(PayoutRun run, DebtorAccount debtor) {
        List<PayoutRun.Line> paid = run.paid();
        if (paid.isEmpty()) throw new PayoutRefused("nothing-paid", "payout run " + run.key() + " paid nothing: there is no transfer to send");
        BigDecimal sum = paid.stream().map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        String ctrl = sum.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"").append(NAMESPACE).append("\">\n<CstmrCdtTrfInitn>\n");
        x.append("<GrpHdr><MsgId>").append(text(run.key(), 35)).append("</MsgId><CreDtTm>").append(CREATED.format(run.createdAt()))
                .append("</CreDtTm><NbOfTxs>").append(paid.size()).append("</NbOfTxs><CtrlSum>").append(ctrl)
                .append("</CtrlSum><InitgPty><Nm>").append(text(debtor.name(), 140)).append("</Nm></InitgPty></GrpHdr>\n");
        x.append("<PmtInf><PmtInfId>").append(text(run.key(), 35)).append("</PmtInfId><PmtMtd>TRF</PmtMtd><NbOfTxs>").append(paid.size())
                .append("</NbOfTxs><CtrlSum>").append(ctrl).append("</CtrlSum><PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>")
                .append("<ReqdExctnDt><Dt>").append(run.executionDate()).append("</Dt></ReqdExctnDt>")
                .append("<Dbtr><Nm>").append(text(debtor.name(), 140)).append("</Nm></Dbtr>")
                .append("<DbtrAcct><Id><IBAN>").append(debtor.iban()).append("</IBAN></Id></DbtrAcct>")
                .append("<DbtrAgt><FinInstnId>").append(debtor.bic().isEmpty() ? "<Othr><Id>NOTPROVIDED</Id></Othr>" : "<BICFI>" + debtor.bic() + "</BICFI>")
                .append("</FinInstnId></DbtrAgt><ChrgBr>SLEV</ChrgBr>\n");
        for (PayoutRun.Line l : paid) {
            x.append("<CdtTrfTxInf><PmtId><EndToEndId>").append(text(run.key() + "-" + l.number(), 35)).append("</EndToEndId></PmtId>")
                    .append("<Amt><InstdAmt Ccy=\"").append(l.amount().currencyCode()).append("\">")
                    .append(l.amount().amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()).append("</InstdAmt></Amt>")
                    .append("<Cdtr><Nm>").append(text(l.name(), 140)).append("</Nm></Cdtr>")
                    .append("<CdtrAcct><Id><IBAN>").append(l.iban().orElseThrow()).append("</IBAN></Id></CdtrAcct>")
                    .append("<RmtInf><Ustrd>").append(text(l.accountName() + " " + run.key(), 140)).append("</Ustrd></RmtInf></CdtTrfTxInf>\n");
        }
        return x.append("</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n").toString();
    }

    /** The SEPA character set (a-z A-Z 0-9 / - ? : ( ) . , ' + space), XML-safe, at most {@code max} characters. */
    static String text(String s, int max) {
        String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String sepa = plain.replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll(" {2,}", " ").strip();
        if (sepa.isEmpty()) sepa = "NOTPROVIDED";
        return (sepa.length() > max ? sepa.substring(0, max) : sepa).replace("'", "&apos;");
    }
}
