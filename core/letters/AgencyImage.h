#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The agency's logo and scanned signature as letters store them: PNG bytes
// (AgencyRepository refuses anything else), whatever format the user picked,
// and never larger than a letterhead needs, so that every PDF stays small.
class AgencyImage
{
    Q_DECLARE_TR_FUNCTIONS(AgencyImage)

public:
    // Longest side, in pixels, beyond which an image is scaled down: 300 dpi
    // over the 60 mm or so a logo takes on the page.
    static constexpr int maxSide = 1200;

    static Result<QByteArray> pngFromFile(const QString& path);
    static Result<QByteArray> pngFromBytes(const QByteArray& bytes, const QString& name);
};
