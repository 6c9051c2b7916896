package org.coopkit.carshare.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.governance.assemblies.Minutes;

/**
 * The minutes of an assembly as a PDF (Apache PDFBox): the same record as the minutes page, as
 * text lines on A4 pages, so a text extractor (and a screen reader) reads them in order.
 */
public final class MinutesPdf {
    private static final float MARGIN = 56;
    private static final float LEADING = 15;
    private static final int WRAP = 92;

    private MinutesPdf() {
    }

    /** The PDF's bytes, in the reader's language (the outcomes the governance module words stay as recorded when no translation exists). */
    public static byte[] render(Minutes m, I18n i18n) {
        List<String[]> lines = new ArrayList<>(); // {style, text}: style h (heading) or p
        var a = m.assembly();
        lines.add(new String[]{"t", i18n.t("minutes.title", a.title())});
        lines.add(new String[]{"p", i18n.t(a.kind().name().equals("EXTRAORDINARY") ? "minutes.line.extraordinary" : "minutes.line.ordinary",
                i18n.date(a.convenedOn()), i18n.when(a.firstCallAt()))
                + a.secondCallAt().map(s -> i18n.t("minutes.line.second", i18n.when(s))).orElse("") + "."});
        lines.add(new String[]{"h", i18n.t("minutes.attendance")});
        for (Minutes.CallRecord c : m.calls()) {
            lines.add(new String[]{"p", i18n.t(c.call().name().equals("FIRST") ? "minutes.pdf.first" : "minutes.pdf.second", i18n.when(c.heldAt()),
                    c.participants(), c.roll(), c.quorumRequired()) + " " + i18n.t(c.quorumMet() ? "minutes.pdf.reached" : "minutes.pdf.not-reached")});
            lines.add(new String[]{"p", i18n.t("minutes.pdf.outcome", c.outcome())});
        }
        lines.add(new String[]{"h", i18n.t("minutes.resolutions")});
        for (Minutes.ResolutionRecord r : m.resolutions()) {
            lines.add(new String[]{"b", i18n.t("minutes.pdf.resolution", r.position(), r.question())});
            lines.add(new String[]{"p", i18n.t("minutes.votes") + " " + String.join(", ", r.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())
                    + " " + i18n.t("minutes.voted", r.voters(), r.roll()) + " " + i18n.t("minutes.rule") + " " + r.rule() + ". " + r.decides()});
            String outcome = i18n.has("minutes.outcome." + r.outcome()) ? i18n.t("minutes.outcome." + r.outcome()) : r.outcome();
            lines.add(new String[]{"p", i18n.t("minutes.pdf.result", outcome.toUpperCase(i18n.locale()))});
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            doc.getDocumentInformation().setTitle(i18n.t("minutes.title", a.title()));
            doc.getDocumentInformation().setSubject(i18n.t("minutes.pdf.subject"));
            PDPageContentStream cs = null;
            float y = 0;
            try {
                for (String[] line : lines) {
                    PDType1Font font = line[0].equals("p") ? regular : bold;
                    float size = line[0].equals("t") ? 16 : line[0].equals("h") ? 13 : 10.5f;
                    List<String> wrapped = wrap(safe(font, line[1]), line[0].equals("t") ? 60 : WRAP);
                    for (int i = 0; i < wrapped.size(); i++) {
                        if (cs == null || y < MARGIN) {
                            if (cs != null) {
                                cs.endText();
                                cs.close();
                            }
                            PDPage page = new PDPage(PDRectangle.A4);
                            doc.addPage(page);
                            cs = new PDPageContentStream(doc, page);
                            cs.beginText();
                            y = page.getMediaBox().getHeight() - MARGIN;
                            cs.newLineAtOffset(MARGIN, y);
                        }
                        if (i == 0 && !line[0].equals("p")) {
                            cs.newLineAtOffset(0, -LEADING / 2);
                            y -= LEADING / 2;
                        }
                        cs.setFont(font, size);
                        cs.showText(wrapped.get(i));
                        cs.newLineAtOffset(0, -LEADING);
                        y -= LEADING;
                    }
                }
            } finally {
                if (cs != null) {
                    cs.endText();
                    cs.close();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the standard font cannot show become '?', never an exception. */
    static String safe(PDType1Font font, String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            // French groups thousands with a narrow no-break space the standard fonts lack
            String ch = cp == 0x202f ? "\u00a0" : new String(Character.toChars(cp));
            if (cp < 0x20) {
                out.append(' ');
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) out.add(line.toString());
        return out;
    }
}
