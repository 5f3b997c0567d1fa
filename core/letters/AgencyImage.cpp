#include "AgencyImage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>

Result<QByteArray> AgencyImage::pngFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("The image %1 could not be opened (%2): check that it exists and that you may "
               "read it.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    return pngFromBytes(file.readAll(), QFileInfo(path).fileName());
}

Result<QByteArray> AgencyImage::pngFromBytes(const QByteArray& bytes, const QString& name)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return Result<QByteArray>::failure(
            tr("%1 is not an image Relance can read: choose a PNG, JPEG or BMP file.").arg(name));
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Result<QByteArray>::failure(
            tr("%1 could not be converted to PNG: save it as PNG and try again.").arg(name));
    return png;
}
