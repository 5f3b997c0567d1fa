#include "PdfFinisher.h"

// qpdf 11 moves from PointerHolder to std::shared_ptr; we use neither.
#define POINTERHOLDER_TRANSITION 4

#include "PdfScratch.h"

#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cerrno>
#include <exception>
#include <memory>
#include <stdexcept>
#include <vector>

namespace {

QString xmlEscape(const QString& s)
{
    return s.toHtmlEscaped();
}

std::string toStd(const QString& s)
{
    return s.toStdString();
}

// XMP packet matching the Info dictionary (PDF/A-1b, 6.7.3).
std::string xmp(const PdfMetadata& m)
{
    const QString date = m.created.toUTC().toString(Qt::ISODate);
    QString x;
    x += QStringLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x += QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x += QStringLiteral("<rdf:Description rdf:about=\"\" "
                        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    x += QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">") + xmlEscape(m.title) +
         QStringLiteral("</rdf:li></rdf:Alt></dc:title>\n");
    if (!m.author.isEmpty())
        x += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>") + xmlEscape(m.author) +
             QStringLiteral("</rdf:li></rdf:Seq></dc:creator>\n");
    if (!m.subject.isEmpty())
        x += QStringLiteral("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">") +
             xmlEscape(m.subject) + QStringLiteral("</rdf:li></rdf:Alt></dc:description>\n");
    x += QStringLiteral("</rdf:Description>\n");
    x +=
        QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                       "xmp:CreatorTool=\"") +
        xmlEscape(m.creator) + QStringLiteral("\" xmp:CreateDate=\"") + date +
        QStringLiteral("\" xmp:ModifyDate=\"") + date + QStringLiteral("\"/>\n");
    x +=
        QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
                       "pdf:Producer=\"Relance\"/>\n");
    x += QStringLiteral("<rdf:Description rdf:about=\"\" "
                        "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" pdfaid:part=\"1\" "
                        "pdfaid:conformance=\"B\"/>\n");
    x += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return toStd(x);
}

std::string pdfDate(const QDateTime& when)
{
    return toStd(QStringLiteral("D:") + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) +
                 QStringLiteral("Z"));
}

void setMetadata(QPDF& pdf, const PdfMetadata& m)
{
    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(toStd(m.title)));
    if (!m.author.isEmpty())
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(toStd(m.author)));
    if (!m.subject.isEmpty())
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(toStd(m.subject)));
    info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(toStd(m.creator)));
    info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Relance"));
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(m.created)));
    info.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(m.created)));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, xmp(m));
    stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", stream);
}

void writeFile(QPDF& pdf, const QString& path)
{
    // Written under a temporary name, then renamed: a full disk or a killed
    // process never leaves a truncated file under the letter's name.
    const QString temp = PdfScratch::tempPathFor(path);
    try {
        // QPDFWriter keeps the file name pointer until write(): it must
        // outlive the writer, not just this statement.
        const QByteArray fileName = QFile::encodeName(temp);
        QPDFWriter w(pdf, fileName.constData());
        // PDF/A-1 is PDF 1.4: no object streams, no cross-reference streams.
        w.setObjectStreamMode(qpdf_o_disable);
        // Copy Qt's compressed streams as they are: by default qpdf would
        // inflate and deflate every page and font again, for nothing.
        w.setDecodeLevel(qpdf_dl_none);
        w.setMinimumPDFVersion("1.4");
        w.write();
    } catch (...) {
        QFile::remove(temp);
        throw;
    }
    if (!PdfScratch::commit(temp, path)) {
        QFile::remove(temp);
        throw std::runtime_error(qt_error_string(errno).toStdString());
    }
}

} // namespace

Status PdfFinisher::finish(const QString& qtPdf, const QString& mergedPath,
                           const PdfMetadata& merged, const QList<PdfPart>& parts,
                           const std::function<void(int, int)>& progress,
                           const std::function<bool()>& cancelled)
{
    QString current = qtPdf;
    try {
        // Read whole into memory (a chunk of letters is a few megabytes):
        // every part then copies its fonts and images from memory instead of
        // seeking and reading the file again for each letter.
        QFile file(qtPdf);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(file.errorString().toStdString());
        const QByteArray bytes = file.readAll();
        file.close();
        QPDF in;
        in.processMemoryFile(QFile::encodeName(qtPdf).constData(), bytes.constData(),
                             size_t(bytes.size()));
        if (!mergedPath.isEmpty()) {
            current = mergedPath;
            setMetadata(in, merged);
            writeFile(in, mergedPath);
        }
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(in).getAllPages();
        // Each part is written from this same document, its page tree
        // holding only the part's pages: the fonts, images and output intent
        // are parsed once for all the parts instead of copied into a new
        // document for every letter. What each file holds is the same: its
        // pages and what they use, and its own metadata and identifier.
        QPDFObjectHandle catalog = in.getRoot();
        QPDFObjectHandle partPages = in.makeIndirectObject(QPDFObjectHandle::newDictionary());
        partPages.replaceKey("/Type", QPDFObjectHandle::newName("/Pages"));
        catalog.replaceKey("/Pages", partPages);
        // Without it, every part would keep the first half of Qt's file
        // identifier: each file gets an identifier of its own.
        in.getTrailer().removeKey("/ID");
        int done = 0;
        for (const PdfPart& part : parts) {
            if (cancelled && cancelled())
                return Status::failure(tr("Stopped: not every letter has its own PDF."));
            current = part.path;
            if (part.firstPage < 0 || part.pageCount <= 0 ||
                size_t(part.firstPage + part.pageCount) > pages.size())
                return Status::failure(
                    tr("The letters' PDF has fewer pages than expected; nothing was split."));
            QPDFObjectHandle kids = QPDFObjectHandle::newArray();
            for (int i = 0; i < part.pageCount; ++i) {
                QPDFObjectHandle page = pages[size_t(part.firstPage + i)].getObjectHandle();
                page.replaceKey("/Parent", partPages);
                kids.appendItem(page);
            }
            partPages.replaceKey("/Kids", kids);
            partPages.replaceKey("/Count", QPDFObjectHandle::newInteger(part.pageCount));
            in.updateAllPagesCache();
            PdfMetadata m = merged;
            m.title = part.title;
            setMetadata(in, m);
            writeFile(in, part.path);
            PdfScratch::testAbortPoint();
            if (progress)
                progress(++done, int(parts.size()));
        }
    } catch (const std::exception& e) {
        return Status::failure(tr("The PDF file %1 could not be written: %2")
                                   .arg(current, QString::fromLocal8Bit(e.what())));
    }
    return {};
}

struct PdfMerger::Pages
{
    QPDF out;
    bool started = false;
    // The other chunks stay open until the merged file is written: their
    // pages are copied from them lazily.
    std::vector<std::unique_ptr<QPDF>> others;
};

PdfMerger::PdfMerger(const QString& mergedPath)
    : m_path(mergedPath)
    , m_pages(std::make_unique<Pages>())
{}

PdfMerger::~PdfMerger() = default;

Status PdfMerger::add(const QString& qtPdf)
{
    try {
        if (!m_pages->started) {
            m_pages->out.processFile(QFile::encodeName(qtPdf).constData());
            m_pages->started = true;
            return {};
        }
        m_pages->others.push_back(std::make_unique<QPDF>());
        QPDF& other = *m_pages->others.back();
        other.processFile(QFile::encodeName(qtPdf).constData());
        QPDFPageDocumentHelper outPages(m_pages->out);
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(other).getAllPages())
            outPages.addPage(page, false);
    } catch (const std::exception& e) {
        return Status::failure(PdfFinisher::tr("The PDF file %1 could not be written: %2")
                                   .arg(m_path, QString::fromLocal8Bit(e.what())));
    }
    return {};
}

Status PdfMerger::write(const PdfMetadata& merged)
{
    if (!m_pages->started)
        return {};
    try {
        setMetadata(m_pages->out, merged);
        writeFile(m_pages->out, m_path);
    } catch (const std::exception& e) {
        return Status::failure(PdfFinisher::tr("The PDF file %1 could not be written: %2")
                                   .arg(m_path, QString::fromLocal8Bit(e.what())));
    }
    return {};
}

Status PdfFinisher::merge(const QStringList& qtPdfs, const QString& mergedPath,
                          const PdfMetadata& merged)
{
    PdfMerger merger(mergedPath);
    for (const QString& qtPdf : qtPdfs)
        if (Status st = merger.add(qtPdf); !st)
            return st;
    return merger.write(merged);
}
