#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

// A PNG image the agency stores (logo, scanned signature): a thumbnail,
// « Choose… » and « Remove ». Any format QImage reads is converted to PNG
// and scaled down when very large (AgencyImage) as soon as it is chosen, so
// what the thumbnail shows is what letters will print.
class ImageField : public QWidget
{
    Q_OBJECT

public:
    // `name` says what the image is (« Logo »): it names the buttons for
    // screen readers and the file dialog.
    ImageField(const QString& objectName, const QString& name, QWidget* parent = nullptr);

    QByteArray png() const { return m_png; }
    // Shows stored bytes (from the database) without marking a change.
    void setPng(const QByteArray& png);
    // What « Choose… » does once the user picked a file; the error says why
    // the file was refused (the field then keeps its image).
    Status chooseFile(const QString& path);

signals:
    void changed();
    // A file was refused: the page shows why.
    void refused(const QString& error);

private:
    void browse();
    void clear();
    void showThumbnail();

    QString m_name;
    QByteArray m_png;
    QLabel* m_thumbnail = nullptr;
    QPushButton* m_remove = nullptr;
};
