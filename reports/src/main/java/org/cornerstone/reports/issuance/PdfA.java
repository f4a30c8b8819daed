package org.cornerstone.reports.issuance;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What turns a certificate into PDF/A-1b (ISO 19005-1, level B: reproducible appearance), the
 * archival form: XMP metadata that repeats the document information and names the conformance, and
 * an sRGB output intent for the device RGB colours. Embedded fonts (see {@link TextFonts}) and a
 * file without object or cross-reference streams (PDF 1.4) are the caller's part.
 *
 * <p>PDF/A-1b rather than 2b or 3b: Apache PDFBox Preflight, the validator the tests use, checks
 * PDF/A-1 only, and the certificate needs nothing PDF/A-2 adds (transparency, layers, JPEG 2000,
 * attachments).
 */
final class PdfA {

  static final String SRGB = "sRGB IEC61966-2.1";

  private PdfA() {}

  /** Adds the XMP metadata (from the document information, which must be complete) and intent. */
  static void conformToPdfA1b(PDDocument document) throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setMetadata(metadata(document));
    PDOutputIntent intent =
        new PDOutputIntent(
            document,
            new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  /** PDF/A requires the XMP packet to say the same as the document information dictionary. */
  private static PDMetadata metadata(PDDocument document) throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(info.getTitle());
    dc.addCreator(info.getAuthor());
    dc.setDescription(info.getSubject());
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(info.getCreator());
    basic.setCreateDate(info.getCreationDate());
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    id.setPart(1);
    try {
      id.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (TransformerException e) {
      throw new IOException("Cannot write the XMP metadata", e);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(bytes.toByteArray());
    return metadata;
  }
}
