package org.coopkit.carshare.receipts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.coopkit.carshare.CoopIdentity;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.PriceWords;
import org.coopkit.carshare.trips.TripReceipt;
import org.coopkit.core.money.Money;

/**
 * Trip receipts and monthly statements as PDF (Apache PDFBox, the standard Helvetica: no font file
 * to ship). The text is the same as the receipt page's, so a member, an accountant or a test reads
 * the same figures: the price and why, the tariff version and its hash, the owner/co-op split and
 * who the co-op is.
 */
public final class ReceiptPdf {
    private static final float MARGIN = 50;
    private static final int WRAP = 95;

    private ReceiptPdf() {
    }

    /** One trip's receipt in the reader's language: words, money and times as the pages write them. */
    public static byte[] receipt(TripReceipt r, String driverName, CoopIdentity coop, I18n i18n) {
        Lines l = new Lines();
        var p = r.price();
        l.title(i18n.t("pdf.receipt.title"));
        l.text(coop.name());
        l.gap();
        l.text(i18n.t("pdf.receipt.driver", driverName));
        l.text(i18n.t("pdf.receipt.car", r.car().model(), r.car().location()));
        l.text(i18n.t("pdf.receipt.when", i18n.when(r.trip().start()), i18n.when(r.trip().end()), r.trip().km()));
        l.text(i18n.t("pdf.receipt.reference", reference(r)));
        l.gap();
        l.bold(i18n.t("car.price", i18n.money(r.trip().price())));
        l.text(i18n.t("pdf.receipt.parts", i18n.money(p.timeCost()), i18n.money(p.distanceCost()))
                + (p.minimumApplied() ? i18n.t("pdf.receipt.minimum", i18n.money(r.tariff().minimum())) : ""));
        l.text(i18n.t("pdf.receipt.split", i18n.money(r.trip().ownerShare()), i18n.money(r.trip().commission())));
        l.gap();
        l.bold(i18n.t("cars.why"));
        l.wrapped(PriceWords.explain(i18n, r.tariff(), p));
        l.gap();
        l.text(i18n.t("pdf.receipt.terms", r.tariff().version(), r.tariff().canonicalTerms()));
        l.text(i18n.t("receipt.hash"));
        l.text(r.tariff().hash());
        l.gap();
        l.wrapped(coop.line());
        return l.pdf(i18n.t("pdf.receipt.title") + " " + reference(r), r.trip().endedAt());
    }

    /** A member's statement of the trips they drove in a month, with totals, in the reader's language. */
    public static byte[] statement(String month, String driverName, List<TripReceipt> trips, CoopIdentity coop, I18n i18n) {
        Lines l = new Lines();
        l.title(i18n.t("pdf.statement.title", month));
        l.text(coop.name() + " · " + driverName);
        l.gap();
        if (trips.isEmpty()) l.text(i18n.t("pdf.statement.none"));
        for (TripReceipt r : trips) {
            l.text(i18n.t("pdf.statement.line", i18n.when(r.trip().start()), r.car().model(), r.trip().km(), i18n.money(r.trip().price()),
                    i18n.money(r.trip().ownerShare()), i18n.money(r.trip().commission()), r.tariff().version()));
        }
        l.gap();
        if (!trips.isEmpty()) {
            l.bold(i18n.t("pdf.statement.total", i18n.money(total(trips, true)), i18n.money(total(trips, false)),
                    i18n.money(trips.stream().map(t -> t.trip().commission()).reduce(Money::plus).orElseThrow())));
        }
        l.gap();
        l.wrapped(coop.line());
        return l.pdf(i18n.t("pdf.statement.title", month), trips.isEmpty() ? Instant.EPOCH : trips.get(trips.size() - 1).trip().endedAt());
    }

    private static Money total(List<TripReceipt> trips, boolean price) {
        return trips.stream().map(t -> price ? t.trip().price() : t.trip().ownerShare()).reduce(Money::plus).orElseThrow();
    }

    /** The short reference a receipt carries: the start of the booking's code, enough to find it again. */
    public static String reference(TripReceipt r) {
        return r.trip().booking().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** Lines of text laid out top-down on A4 pages. */
    private static final class Lines {
        private record Line(boolean bold, float size, String text) {
        }

        private final List<Line> lines = new ArrayList<>();
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        void title(String s) {
            lines.add(new Line(true, 16, s));
        }

        void text(String s) {
            lines.add(new Line(false, 10, s));
        }

        void bold(String s) {
            lines.add(new Line(true, 11, s));
        }

        void gap() {
            lines.add(new Line(false, 6, ""));
        }

        void wrapped(String s) {
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                if (line.length() + word.length() + 1 > WRAP && line.length() > 0) {
                    text(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            if (line.length() > 0) text(line.toString());
        }

        byte[] pdf(String title, Instant at) {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = null;
                PDPageContentStream cs = null;
                float y = 0;
                for (Line line : lines) {
                    if (page == null || y < MARGIN) {
                        if (cs != null) cs.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = page.getMediaBox().getHeight() - MARGIN;
                    }
                    y -= line.size() * 1.5f;
                    if (line.text().isEmpty()) continue;
                    PDType1Font font = line.bold() ? bold : regular;
                    cs.beginText();
                    cs.setFont(font, line.size());
                    cs.newLineAtOffset(MARGIN, y);
                    cs.showText(encodable(font, line.text()));
                    cs.endText();
                }
                if (cs != null) cs.close();
                doc.getDocumentInformation().setTitle(title);
                Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                c.setTimeInMillis(at.toEpochMilli());
                doc.getDocumentInformation().setCreationDate(c); // the trip's time, not the printing's: the same receipt twice is the same file
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The standard fonts cover Latin-1 and a few more (€, —, …); anything else prints as "?" rather than failing the receipt. */
        private static String encodable(PDType1Font font, String s) {
            StringBuilder b = new StringBuilder();
            // French groups thousands with a narrow no-break space the standard fonts lack: the plain no-break space reads the same
            s.replace('\u202f', '\u00a0').codePoints().forEach(cp -> {
                String ch = Character.toString(cp);
                try {
                    font.encode(ch);
                    b.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }
}
