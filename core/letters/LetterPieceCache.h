#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QString>

#include <memory>

class QPaintDevice;
class QTextDocument;

// What one renderer has already decoded or laid out, reused by the next
// letters it draws. Not shared between threads: each drawing thread has
// its own renderer, hence its own cache.
class LetterPieceCache
{
public:
    // The PNG decoded and flattened on white (PDF/A-1 forbids transparency);
    // null when empty or unreadable. Decoded once: the PDF engine then
    // writes one image object for all the letters of a file, instead of one
    // copy of the logo per letter.
    QImage image(const QByteArray& png);
    // The rich-text piece laid out for `device` at `widthPx`, from the cache
    // when the same text was already laid out there.
    std::shared_ptr<QTextDocument> document(const QString& html, QPaintDevice& device,
                                            double widthPx);

private:
    QHash<QByteArray, QImage> m_images;
    QHash<QString, std::shared_ptr<QTextDocument>> m_documents;
};
