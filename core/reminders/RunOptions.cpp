#include "RunOptions.h"

#include <QJsonArray>

QJsonObject RunOptions::toJson() const
{
    QJsonObject o = extraOptions;
    QJsonArray refs;
    for (const QString& r : accountRefs)
        refs.append(r);
    o[QStringLiteral("accounts")] = refs;
    o[QStringLiteral("manual")] = manual;
    o[QStringLiteral("template")] =
        templateName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(templateName);
    o[QStringLiteral("force")] = force;
    if (levelId > 0)
        o[QStringLiteral("level_id")] = levelId;
    o[QStringLiteral("letters")] = LetterStates::toKey(letterState);
    return o;
}
