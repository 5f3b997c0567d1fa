#include "ImageField.h"

#include "common/FileDialogs.h"
#include "letters/AgencyImage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const auto folderKey = QLatin1String("settings/imageFolder");
constexpr int thumbnailWidth = 160;
constexpr int thumbnailHeight = 80;
} // namespace

ImageField::ImageField(const QString& objectName, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
{
    setObjectName(objectName);
    setAccessibleName(name);

    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(objectName + QLatin1String("Thumbnail"));
    m_thumbnail->setAccessibleName(tr("%1 preview").arg(name));
    m_thumbnail->setFixedSize(thumbnailWidth, thumbnailHeight);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);

    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(objectName + QLatin1String("Choose"));
    choose->setAccessibleName(tr("Choose the %1 image").arg(name));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(objectName + QLatin1String("Remove"));
    m_remove->setAccessibleName(tr("Remove the %1 image").arg(name));
    connect(choose, &QPushButton::clicked, this, &ImageField::browse);
    connect(m_remove, &QPushButton::clicked, this, &ImageField::clear);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    layout->addLayout(buttons);
    layout->addStretch();
    showThumbnail();
}

void ImageField::setPng(const QByteArray& png)
{
    m_png = png;
    showThumbnail();
}

Status ImageField::chooseFile(const QString& path)
{
    auto png = AgencyImage::pngFromFile(path);
    if (!png)
        return Status::failure(png.error());
    m_png = *png;
    showThumbnail();
    emit changed();
    return {};
}

void ImageField::browse()
{
    QSettings settings;
    const QString path = FileDialogs::openFile(
        this, tr("Choose the %1 image").arg(m_name), settings.value(folderKey).toString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    if (Status s = chooseFile(path); !s)
        emit refused(s.error());
}

void ImageField::clear()
{
    if (m_png.isEmpty())
        return;
    m_png.clear();
    showThumbnail();
    emit changed();
}

void ImageField::showThumbnail()
{
    const QImage image = QImage::fromData(m_png, "PNG");
    if (image.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("No image"));
    } else {
        m_thumbnail->setText({});
        m_thumbnail->setPixmap(QPixmap::fromImage(image.scaled(
            m_thumbnail->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_remove->setEnabled(!m_png.isEmpty());
}
